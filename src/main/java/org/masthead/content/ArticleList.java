package org.masthead.content;

import java.util.List;

/** One page of whole articles and how many match in all; for APIs, where each item carries its body. */
public record ArticleList(List<Article> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
