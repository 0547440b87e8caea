package org.masthead.content;

import java.util.List;

/** One page of a listing and how many there are in all. */
public record ArticlePage(List<ArticleSummary> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
