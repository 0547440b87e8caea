package org.masthead.content;

public record ArticleId(long value) {
}
