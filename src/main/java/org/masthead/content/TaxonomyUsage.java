package org.masthead.content;

import java.util.Map;

/**
 * How many articles (of any status) use each section, tag and author, by id, and how many sub-sections each
 * section has: what the newsroom must move before deleting one. Absent ids are unused.
 */
public record TaxonomyUsage(Map<Long, Integer> sectionArticles, Map<Long, Integer> subSections,
                            Map<Long, Integer> tagArticles, Map<Long, Integer> authorArticles) {

    public int articlesInSection(long id) {
        return sectionArticles.getOrDefault(id, 0);
    }

    public int subSectionsOf(long id) {
        return subSections.getOrDefault(id, 0);
    }

    public int articlesTagged(long id) {
        return tagArticles.getOrDefault(id, 0);
    }

    public int articlesBy(long id) {
        return authorArticles.getOrDefault(id, 0);
    }
}
