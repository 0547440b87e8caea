package org.masthead.site;

import org.springframework.http.CacheControl;

/**
 * {@code Cache-Control: public, max-age=…, s-maxage=…} for anonymous responses that are the same for every
 * reader (feeds, sitemaps, robots.txt). "public" is also what tells the page cache it may keep them.
 */
final class PublicCaching {
    private PublicCaching() {
    }

    static CacheControl of(SiteProperties props) {
        return CacheControl.maxAge(props.browserMaxAge()).sMaxAge(props.sharedMaxAge()).cachePublic();
    }
}
