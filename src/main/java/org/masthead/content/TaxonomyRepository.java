package org.masthead.content;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sections, tags and authors. */
@Repository
class TaxonomyRepository {

    private final JdbcClient db;

    TaxonomyRepository(JdbcClient db) {
        this.db = db;
    }

    List<Section> sections() {
        return db.sql("SELECT id, slug, name, description, parent_id, position FROM content_section ORDER BY position, name")
                .query((rs, n) -> new Section(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("description"), Db.longOrNull(rs, "parent_id"), rs.getInt("position"))).list();
    }

    long insertSection(String slug, String name, String description, Long parentId, int position, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO content_section (slug, name, description, parent_id, position, created_at)
                VALUES (:slug, :name, :description, :parent, :position, :at)
                """).param("slug", slug).param("name", name).param("description", description)
                .param("parent", parentId).param("position", position).param("at", Db.ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateSection(long id, String slug, String name, String description, Long parentId, int position) {
        return db.sql("""
                UPDATE content_section SET slug = :slug, name = :name, description = :description,
                    parent_id = :parent, position = :position WHERE id = :id
                """).param("id", id).param("slug", slug).param("name", name).param("description", description)
                .param("parent", parentId).param("position", position).update() == 1;
    }

    boolean sectionInUse(long id) {
        return db.sql("""
                SELECT (SELECT COUNT(*) FROM content_article WHERE section_id = :id)
                     + (SELECT COUNT(*) FROM content_section WHERE parent_id = :id)
                """).param("id", id).query(Long.class).single() > 0;
    }

    /** Ids and counts from a query selecting {@code id} and {@code n}. */
    private Map<Long, Integer> counts(String sql) {
        Map<Long, Integer> out = new HashMap<>();
        db.sql(sql).query(rs -> {
            out.put(rs.getLong("id"), rs.getInt("n"));
        });
        return out;
    }

    TaxonomyUsage usage() {
        return new TaxonomyUsage(
                counts("SELECT section_id AS id, COUNT(*) AS n FROM content_article GROUP BY section_id"),
                counts("SELECT parent_id AS id, COUNT(*) AS n FROM content_section WHERE parent_id IS NOT NULL GROUP BY parent_id"),
                counts("SELECT tag_id AS id, COUNT(*) AS n FROM content_article_tag GROUP BY tag_id"),
                counts("SELECT author_id AS id, COUNT(*) AS n FROM content_article_byline GROUP BY author_id"));
    }

    /** The slug stored now for row {@code id} of a taxonomy table (a rename must know the one it replaces). */
    Optional<String> slug(String table, long id) {
        if (!List.of("content_section", "content_tag", "content_author").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return db.sql("SELECT slug FROM " + table + " WHERE id = :id").param("id", id).query(String.class).optional();
    }

    boolean deleteSection(long id) {
        return db.sql("DELETE FROM content_section WHERE id = :id").param("id", id).update() == 1;
    }

    List<Tag> tags() {
        return db.sql("SELECT id, slug, name FROM content_tag ORDER BY name")
                .query((rs, n) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"))).list();
    }

    Optional<Tag> tagBySlug(String slug) {
        return db.sql("SELECT id, slug, name FROM content_tag WHERE slug = :slug").param("slug", slug)
                .query((rs, n) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"))).optional();
    }

    long insertTag(String slug, String name, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("INSERT INTO content_tag (slug, name, created_at) VALUES (:slug, :name, :at)")
                .param("slug", slug).param("name", name).param("at", Db.ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateTag(long id, String slug, String name) {
        return db.sql("UPDATE content_tag SET slug = :slug, name = :name WHERE id = :id")
                .param("id", id).param("slug", slug).param("name", name).update() == 1;
    }

    boolean deleteTag(long id) {
        return db.sql("DELETE FROM content_tag WHERE id = :id").param("id", id).update() == 1;
    }

    List<Author> authors() {
        return db.sql("SELECT id, slug, name, kind, job_title, bio, photo_media_id FROM content_author ORDER BY kind DESC, name")
                .query((rs, n) -> new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        AuthorKind.valueOf(rs.getString("kind")), rs.getString("job_title"), rs.getString("bio"),
                        Db.longOrNull(rs, "photo_media_id"))).list();
    }

    long insertAuthor(Author a, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO content_author (slug, name, kind, job_title, bio, photo_media_id, created_at)
                VALUES (:slug, :name, :kind, :title, :bio, :photo, :at)
                """).param("slug", a.slug()).param("name", a.name()).param("kind", a.kind().name())
                .param("title", a.jobTitle()).param("bio", a.bio()).param("photo", a.photoMediaId())
                .param("at", Db.ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateAuthor(Author a) {
        return db.sql("""
                UPDATE content_author SET slug = :slug, name = :name, kind = :kind, job_title = :title, bio = :bio,
                    photo_media_id = :photo WHERE id = :id
                """).param("id", a.id()).param("slug", a.slug()).param("name", a.name()).param("kind", a.kind().name())
                .param("title", a.jobTitle()).param("bio", a.bio()).param("photo", a.photoMediaId()).update() == 1;
    }

    boolean authorInUse(long id) {
        return db.sql("SELECT COUNT(*) FROM content_article_byline WHERE author_id = :id")
                .param("id", id).query(Long.class).single() > 0;
    }

    boolean deleteAuthor(long id) {
        return db.sql("DELETE FROM content_author WHERE id = :id").param("id", id).update() == 1;
    }
}
