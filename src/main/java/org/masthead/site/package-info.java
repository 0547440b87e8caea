/**
 * The reader site: pages that compose several modules (home, sections, tags, authors, articles), feeds,
 * sitemaps, structured data and the page cache. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "content", "media", "stats", "paywall"})
package org.masthead.site;
