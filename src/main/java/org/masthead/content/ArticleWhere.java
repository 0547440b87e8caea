package org.masthead.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WHERE clause over {@code content_article a}, condition by condition, with its named parameters. */
final class ArticleWhere {

    private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code condition} (naming {@code :name}) when {@code value} is not null. */
    ArticleWhere and(String condition, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    ArticleWhere status(ArticleStatus status) {
        return and("a.status = :status", "status", status == null ? null : status.name());
    }

    /** In the section or one of its sub-sections. */
    ArticleWhere section(Long sectionId, TaxonomyService taxonomy) {
        if (sectionId == null) {
            return this;
        }
        List<Long> sections = new ArrayList<>(List.of(sectionId));
        taxonomy.children(sectionId).forEach(s -> sections.add(s.id()));
        return and("a.section_id IN (:sections)", "sections", sections);
    }

    ArticleWhere author(Long authorId) {
        return and("EXISTS (SELECT 1 FROM content_article_byline b WHERE b.article_id = a.id AND b.author_id = :author)",
                "author", authorId);
    }

    String sql() {
        return sql.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
