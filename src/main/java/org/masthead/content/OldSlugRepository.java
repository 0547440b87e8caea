package org.masthead.content;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Slugs a section, tag or author had before a rename ({@code content_taxonomy_old_slug}), for 301s. */
@Repository
class OldSlugRepository {

    enum Kind { SECTION, TAG, AUTHOR }

    private final JdbcClient db;

    OldSlugRepository(JdbcClient db) {
        this.db = db;
    }

    /**
     * Notes a rename from {@code before} to {@code after}. The new slug is live again, so whatever it used to
     * point at is forgotten; renaming back and forth leaves no loop.
     */
    void renamed(Kind kind, long id, String before, String after) {
        if (before.equals(after)) {
            return;
        }
        forget(kind, after);
        forget(kind, before);
        db.sql("INSERT INTO content_taxonomy_old_slug (kind, slug, target_id) VALUES (:kind, :slug, :id)")
                .param("kind", kind.name()).param("slug", before).param("id", id).update();
    }

    Optional<Long> target(Kind kind, String slug) {
        return db.sql("SELECT target_id FROM content_taxonomy_old_slug WHERE kind = :kind AND slug = :slug")
                .param("kind", kind.name()).param("slug", slug).query(Long.class).optional();
    }

    void deleted(Kind kind, long id) {
        db.sql("DELETE FROM content_taxonomy_old_slug WHERE kind = :kind AND target_id = :id")
                .param("kind", kind.name()).param("id", id).update();
    }

    private void forget(Kind kind, String slug) {
        db.sql("DELETE FROM content_taxonomy_old_slug WHERE kind = :kind AND slug = :slug")
                .param("kind", kind.name()).param("slug", slug).update();
    }
}
