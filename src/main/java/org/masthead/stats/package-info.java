/**
 * First-party page-view counts: a beacon from the reader's page, counts kept in memory per node and flushed
 * to per-article hourly rows, and the "most read" lists built from them. No personal data: no address,
 * user agent, cookie or id is stored, only numbers per article and hour. Reads {@code content} to drop
 * views of articles that are not published.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "content"})
package org.masthead.stats;
