/**
 * Articles, sections, tags and authors (people and desks), with the article lifecycle
 * (draft, scheduled, published, unpublished) and its past-tense events. Knows nothing of paywall,
 * comments, newsletters, stats or search.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.masthead.content;
