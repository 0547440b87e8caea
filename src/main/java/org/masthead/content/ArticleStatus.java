package org.masthead.content;

public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED
}
