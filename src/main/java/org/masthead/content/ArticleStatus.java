package org.masthead.content;

/**
 * Where an article stands: a draft, submitted for review (back to draft when withdrawn), scheduled, published,
 * unpublished. Readers see published articles only; unpublished ones answer 410.
 */
public enum ArticleStatus {
    DRAFT, SUBMITTED, SCHEDULED, PUBLISHED, UNPUBLISHED
}
