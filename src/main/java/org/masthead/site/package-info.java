/**
 * The reader site: pages that compose several modules (home, sections, tags, authors, articles, the reader
 * account pages), feeds, sitemaps, structured data and the page cache. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "content", "media", "stats", "paywall", "members", "newsletter"})
package org.masthead.site;
