package org.masthead.stats;

/** How many times an article was viewed in some window. */
public record ArticleViews(long articleId, long views) {
}
