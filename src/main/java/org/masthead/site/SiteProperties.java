package org.masthead.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * @param pageSize         articles per listing page
 * @param latestCount      items in the "Latest" list on article pages
 * @param feedFullText     feeds carry the full body of free articles (summaries only when false)
 * @param pageCache        keep rendered anonymous pages in memory (switch off to measure the rendering path)
 * @param pageCacheSize    memory the page cache may use
 * @param browserMaxAge    Cache-Control max-age for browsers
 * @param sharedMaxAge     Cache-Control s-maxage for a CDN in front (it hears of no changes, so keep it short)
 * @param pageCacheTtl     longest a page stays cached (changes drop pages at once; this bounds time-based ones)
 * @param privateCookies   cookies whose presence means "not a reader page request": such requests skip the cache
 *                         (staff and servlet sessions). Reader cookies are not among them: the cache serves readers
 *                         its kept pages, which carry nothing personal, with their part spliced in per request
 * @param sitemapSize      URLs per article or tag sitemap file (the protocol allows 50,000; smaller files
 *                         are quicker to build and let crawlers skip the pages that did not change)
 */
@ConfigurationProperties("masthead.site")
public record SiteProperties(
        @DefaultValue("20") int pageSize,
        @DefaultValue("6") int latestCount,
        @DefaultValue("true") boolean feedFullText,
        @DefaultValue("true") boolean pageCache,
        @DefaultValue("64MB") DataSize pageCacheSize,
        @DefaultValue("60s") Duration browserMaxAge,
        @DefaultValue("120s") Duration sharedMaxAge,
        @DefaultValue("10m") Duration pageCacheTtl,
        @DefaultValue({"SESSION", "JSESSIONID"}) List<String> privateCookies,
        @DefaultValue("1000") int sitemapSize) {

    /** {@code Cache-Control} of an answer every anonymous reader shares: browsers and CDNs may keep it. */
    public String publicCacheControl() {
        return CacheControl.maxAge(browserMaxAge).sMaxAge(sharedMaxAge).cachePublic()
                .staleWhileRevalidate(Duration.ofSeconds(60)).staleIfError(Duration.ofDays(1)).getHeaderValue();
    }
}
