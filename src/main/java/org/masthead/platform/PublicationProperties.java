package org.masthead.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The publication's identity, from configuration (env MASTHEAD_PUBLICATION_*).
 *
 * @param baseUrl absolute URL readers reach the site at, without a trailing slash; used in canonical links,
 *                feeds and sitemaps, so it must be right behind a CDN or proxy
 */
@ConfigurationProperties("masthead.publication")
public record PublicationProperties(
        @DefaultValue("Masthead") String name,
        @DefaultValue("News, reported and edited by people.") String description,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("en-GB") String language,
        @DefaultValue("/assets/logo.png") String logoPath,
        @DefaultValue List<FooterLink> footerLinks) {

    public record FooterLink(String label, String url) { }

    public PublicationProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Absolute URL for a site path such as {@code /world}. */
    public String absolute(String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path : baseUrl + path;
    }
}
