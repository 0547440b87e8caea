package org.masthead.content;

import org.masthead.content.Refs.LeadImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code content_revision}: one row per version of an article, written in the transaction that made it. */
@Repository
class RevisionRepository {

    /** A stored revision with its section, bylines and tags as ids, before they are named. */
    record Row(Revision.Entry entry, String slug, long sectionId, String standfirst, String bodyHtml, String dateline,
               AccessLevel access, LeadImage lead, String seoTitle, String seoDescription, Long socialMediaId,
               Integer homePosition, List<Long> bylineIds, List<Long> tagIds) { }

    private static final String ENTRY_COLUMNS = """
            article_id, version, change_kind, saved_by, saved_at, restored_from, status, headline""";

    private final JdbcClient db;

    RevisionRepository(JdbcClient db) {
        this.db = db;
    }

    /** Keeps {@code a} as it is now, as version {@code a.version()}. */
    void insert(Article a, RevisionKind kind, Long by, Integer restoredFrom) {
        Map<String, Object> p = ArticleRepository.params(ArticleRepository.Values.of(a));
        p.put("article", a.id());
        p.put("version", a.version());
        p.put("kind", kind.name());
        p.put("by", by);
        p.put("at", Db.ts(a.modifiedAt()));
        p.put("restoredFrom", restoredFrom);
        p.put("status", a.status().name());
        p.put("bylines", a.bylines().stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(",")));
        p.put("tags", a.tags().stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(",")));
        db.sql("""
                INSERT INTO content_revision (article_id, version, change_kind, saved_by, saved_at, restored_from,
                    status, slug, section_id, headline, standfirst, body_html, dateline, access_level, lead_media_id,
                    lead_caption, lead_credit, lead_alt, seo_title, seo_description, social_media_id, home_position,
                    byline_ids, tag_ids)
                VALUES (:article, :version, :kind, :by, :at, :restoredFrom, :status, :slug, :section, :headline,
                    :standfirst, :body, :dateline, :access, :lead, :caption, :credit, :alt, :seoTitle,
                    :seoDescription, :social, :home, :bylines, :tags)
                """).params(p).update();
    }

    /** The article's history, newest first, without the fields. */
    List<Revision.Entry> entries(long articleId) {
        return db.sql("SELECT " + ENTRY_COLUMNS + " FROM content_revision WHERE article_id = :id ORDER BY version DESC")
                .param("id", articleId).query((rs, n) -> entry(rs)).list();
    }

    Optional<Row> find(long articleId, int version) {
        return db.sql("SELECT " + ENTRY_COLUMNS + """
                        , slug, section_id, standfirst, body_html, dateline, access_level, lead_media_id, lead_caption,
                        lead_credit, lead_alt, seo_title, seo_description, social_media_id, home_position, byline_ids,
                        tag_ids
                        FROM content_revision WHERE article_id = :id AND version = :version""")
                .param("id", articleId).param("version", version).query((rs, n) -> row(rs)).optional();
    }

    /** The newest version at or before {@code version} (a version number always has one; this guards old rows). */
    Optional<Integer> atOrBefore(long articleId, int version) {
        return db.sql("SELECT MAX(version) FROM content_revision WHERE article_id = :id AND version <= :version")
                .param("id", articleId).param("version", version).query(Integer.class).optional();
    }

    private static Revision.Entry entry(ResultSet rs) throws SQLException {
        return new Revision.Entry(rs.getLong("article_id"), rs.getInt("version"),
                RevisionKind.valueOf(rs.getString("change_kind")), Db.longOrNull(rs, "saved_by"),
                Db.instant(rs, "saved_at"), Db.intOrNull(rs, "restored_from"),
                ArticleStatus.valueOf(rs.getString("status")), rs.getString("headline"));
    }

    private static Row row(ResultSet rs) throws SQLException {
        Long lead = Db.longOrNull(rs, "lead_media_id");
        return new Row(entry(rs), rs.getString("slug"), rs.getLong("section_id"), rs.getString("standfirst"),
                rs.getString("body_html"), rs.getString("dateline"), AccessLevel.valueOf(rs.getString("access_level")),
                lead == null ? null : new LeadImage(lead, rs.getString("lead_caption"), rs.getString("lead_credit"),
                        rs.getString("lead_alt")),
                rs.getString("seo_title"), rs.getString("seo_description"), Db.longOrNull(rs, "social_media_id"),
                Db.intOrNull(rs, "home_position"), ids(rs.getString("byline_ids")), ids(rs.getString("tag_ids")));
    }

    private static List<Long> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(Long::parseLong).toList();
    }
}
