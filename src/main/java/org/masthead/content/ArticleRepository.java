package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.masthead.content.Refs.Correction;
import org.masthead.content.Refs.LeadImage;
import org.masthead.content.Refs.TagRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class ArticleRepository {

    /** The editable fields of an article, as stored. */
    record Values(String slug, long sectionId, String headline, String standfirst, String bodyHtml, String dateline,
                  AccessLevel access, LeadImage lead, String seoTitle, String seoDescription, Long socialMediaId,
                  Integer homePosition) {

        static Values of(Article a) {
            return new Values(a.slug(), a.section().id(), a.headline(), a.standfirst(), a.bodyHtml(), a.dateline(),
                    a.access(), a.leadImage(), a.seoTitle(), a.seoDescription(), a.socialMediaId(), a.homePosition());
        }
    }

    private final JdbcClient db;

    ArticleRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<ArticleRow> find(long id) {
        return db.sql("SELECT " + ArticleRow.COLUMNS + ", a.body_html FROM content_article a "
                        + "JOIN content_section s ON s.id = a.section_id WHERE a.id = :id")
                .param("id", id).query((rs, n) -> ArticleRow.map(rs, true)).optional();
    }

    Optional<ArticleRow> findBySlug(String slug) {
        return db.sql("SELECT " + ArticleRow.COLUMNS + ", a.body_html FROM content_article a "
                        + "JOIN content_section s ON s.id = a.section_id WHERE a.slug = :slug")
                .param("slug", slug).query((rs, n) -> ArticleRow.map(rs, true)).optional();
    }

    /** Rows in the order of {@code ids}; bodies only when asked for (listings do not need them). */
    List<ArticleRow> rows(List<Long> ids, boolean withBodies) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleRow> byId = new LinkedHashMap<>();
        db.sql("SELECT " + ArticleRow.COLUMNS + (withBodies ? ", a.body_html" : "") + " FROM content_article a "
                        + "JOIN content_section s ON s.id = a.section_id WHERE a.id IN (:ids)")
                .param("ids", ids).query((rs, n) -> ArticleRow.map(rs, withBodies)).list()
                .forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).filter(r -> r != null).toList();
    }

    Map<Long, List<AuthorRef>> bylines(Collection<Long> ids) {
        return byArticle("""
                SELECT b.article_id, au.id, au.slug, au.name, au.kind FROM content_article_byline b
                JOIN content_author au ON au.id = b.author_id
                WHERE b.article_id IN (:ids) ORDER BY b.article_id, b.position
                """, ids, rs -> new AuthorRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                AuthorKind.valueOf(rs.getString("kind"))));
    }

    Map<Long, List<TagRef>> tags(Collection<Long> ids) {
        return byArticle("""
                SELECT at.article_id, t.id, t.slug, t.name FROM content_article_tag at
                JOIN content_tag t ON t.id = at.tag_id
                WHERE at.article_id IN (:ids) ORDER BY at.article_id, at.position
                """, ids, rs -> new TagRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
    }

    Map<Long, List<Correction>> corrections(Collection<Long> ids) {
        return byArticle("""
                SELECT article_id, noted_at, note FROM content_correction
                WHERE article_id IN (:ids) ORDER BY article_id, noted_at, id
                """, ids, rs -> new Correction(Db.instant(rs, "noted_at"), rs.getString("note")));
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} (with {@code :ids} and an {@code article_id} column) and groups its rows by article. */
    private <T> Map<Long, List<T>> byArticle(String sql, Collection<Long> ids, Row<T> row) {
        Map<Long, List<T>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        db.sql(sql).param("ids", ids).query(rs -> {
            out.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(row.map(rs));
        });
        return out;
    }

    long insert(Values v, ArticleStatus status, Instant at, Long by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO content_article (slug, section_id, headline, standfirst, body_html, dateline, status,
                    access_level, lead_media_id, lead_caption, lead_credit, lead_alt, seo_title, seo_description,
                    social_media_id, home_position, created_at, modified_at, version, created_by, modified_by)
                VALUES (:slug, :section, :headline, :standfirst, :body, :dateline, :status, :access, :lead,
                    :caption, :credit, :alt, :seoTitle, :seoDescription, :social, :home, :at, :at, 1, :by, :by)
                """).params(params(v)).param("status", status.name()).param("at", Db.ts(at)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Applies the values only when the stored version is {@code expectedVersion}; false when stale. */
    boolean update(long id, int expectedVersion, Values v, Instant at, Instant updatedAt, Long by) {
        return db.sql("""
                UPDATE content_article SET slug = :slug, section_id = :section, headline = :headline,
                    standfirst = :standfirst, body_html = :body, dateline = :dateline, access_level = :access,
                    lead_media_id = :lead, lead_caption = :caption, lead_credit = :credit, lead_alt = :alt,
                    seo_title = :seoTitle, seo_description = :seoDescription, social_media_id = :social,
                    home_position = :home, modified_at = :at, updated_at = COALESCE(:updatedAt, updated_at),
                    modified_by = :by, version = version + 1
                WHERE id = :id AND version = :version
                """).params(params(v)).param("id", id).param("version", expectedVersion)
                .param("at", Db.ts(at)).param("updatedAt", Db.ts(updatedAt)).param("by", by).update() == 1;
    }

    /** The named parameters of every editable column ({@code :slug}, {@code :section}, … {@code :home}). */
    static Map<String, Object> params(Values v) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("slug", v.slug());
        p.put("section", v.sectionId());
        p.put("headline", v.headline());
        p.put("standfirst", v.standfirst());
        p.put("body", v.bodyHtml());
        p.put("dateline", v.dateline());
        p.put("access", v.access().name());
        p.put("lead", v.lead() == null ? null : v.lead().mediaId());
        p.put("caption", v.lead() == null ? "" : v.lead().caption());
        p.put("credit", v.lead() == null ? "" : v.lead().credit());
        p.put("alt", v.lead() == null ? "" : v.lead().alt());
        p.put("seoTitle", v.seoTitle());
        p.put("seoDescription", v.seoDescription());
        p.put("social", v.socialMediaId());
        p.put("home", v.homePosition());
        return p;
    }

    /**
     * Moves an article to {@code to} when it is in one of {@code from} (and at {@code expectedVersion} unless
     * null). The guard makes each transition happen once, even when two nodes try at the same moment.
     */
    boolean transition(long id, List<ArticleStatus> from, ArticleStatus to, Integer expectedVersion,
                       Instant at, Instant scheduledAt, Long by) {
        // Two statements rather than ":version IS NULL OR ...": PostgreSQL cannot type a bare null parameter.
        String versionGuard = expectedVersion == null ? "" : " AND version = :version";
        return db.sql("""
                UPDATE content_article SET status = :to, scheduled_at = :scheduledAt, modified_at = :at, modified_by = :by,
                    first_published_at = CASE WHEN :to = 'PUBLISHED' AND first_published_at IS NULL
                                              THEN :at ELSE first_published_at END,
                    version = version + 1
                WHERE id = :id AND status IN (:from)""" + versionGuard).param("id", id).param("from", from.stream().map(Enum::name).toList()).param("to", to.name())
                .param("version", expectedVersion).param("at", Db.ts(at)).param("scheduledAt", Db.ts(scheduledAt))
                .param("by", by).update() == 1;
    }

    /** For imports and the demo: the times an article really had. */
    void setTimes(long id, Instant firstPublishedAt, Instant updatedAt) {
        db.sql("UPDATE content_article SET first_published_at = :first, updated_at = :updated, modified_at = :modified WHERE id = :id")
                .param("id", id).param("first", Db.ts(firstPublishedAt)).param("updated", Db.ts(updatedAt))
                .param("modified", Db.ts(updatedAt != null ? updatedAt : firstPublishedAt)).update();
    }

    void touchUpdated(long id, Instant at, Long by) {
        db.sql("""
                UPDATE content_article SET updated_at = :at, modified_at = :at, modified_by = :by, version = version + 1
                WHERE id = :id""").param("id", id).param("at", Db.ts(at)).param("by", by).update();
    }

    void delete(long id) {
        db.sql("DELETE FROM content_article WHERE id = :id").param("id", id).update();
    }

    void replaceBylines(long id, List<Long> authorIds) {
        db.sql("DELETE FROM content_article_byline WHERE article_id = :id").param("id", id).update();
        for (int i = 0; i < authorIds.size(); i++) {
            db.sql("INSERT INTO content_article_byline (article_id, author_id, position) VALUES (:id, :author, :pos)")
                    .param("id", id).param("author", authorIds.get(i)).param("pos", i).update();
        }
    }

    void replaceTags(long id, List<Long> tagIds) {
        db.sql("DELETE FROM content_article_tag WHERE article_id = :id").param("id", id).update();
        for (int i = 0; i < tagIds.size(); i++) {
            db.sql("INSERT INTO content_article_tag (article_id, tag_id, position) VALUES (:id, :tag, :pos)")
                    .param("id", id).param("tag", tagIds.get(i)).param("pos", i).update();
        }
    }

    void replaceLinks(long id, Collection<Long> targets) {
        db.sql("DELETE FROM content_article_link WHERE article_id = :id").param("id", id).update();
        for (Long target : targets) {
            db.sql("INSERT INTO content_article_link (article_id, target_id) VALUES (:id, :target)")
                    .param("id", id).param("target", target).update();
        }
    }

    List<Long> linkingTo(long targetId) {
        return db.sql("SELECT article_id FROM content_article_link WHERE target_id = :id")
                .param("id", targetId).query(Long.class).list();
    }

    void addCorrection(long id, Instant at, String text) {
        db.sql("INSERT INTO content_correction (article_id, noted_at, note) VALUES (:id, :at, :note)")
                .param("id", id).param("at", Db.ts(at)).param("note", text).update();
    }

    boolean slugTaken(String slug, long exceptId) {
        return db.sql("""
                SELECT COUNT(*) FROM content_article WHERE slug = :slug AND id <> :id
                """).param("slug", slug).param("id", exceptId).query(Long.class).single() > 0
                || db.sql("SELECT COUNT(*) FROM content_slug_history WHERE slug = :slug AND article_id <> :id")
                .param("slug", slug).param("id", exceptId).query(Long.class).single() > 0;
    }

    void rememberOldSlug(String slug, long id) {
        db.sql("DELETE FROM content_slug_history WHERE slug = :slug").param("slug", slug).update();
        db.sql("INSERT INTO content_slug_history (slug, article_id) VALUES (:slug, :id)")
                .param("slug", slug).param("id", id).update();
    }

    Optional<Long> idForOldSlug(String slug) {
        return db.sql("SELECT article_id FROM content_slug_history WHERE slug = :slug")
                .param("slug", slug).query(Long.class).optional();
    }

    List<Long> dueScheduled(Instant now) {
        return db.sql("SELECT id FROM content_article WHERE status = 'SCHEDULED' AND scheduled_at <= :now ORDER BY scheduled_at")
                .param("now", Db.ts(now)).query(Long.class).list();
    }
}
