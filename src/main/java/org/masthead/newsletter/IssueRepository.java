package org.masthead.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The {@code newsletter_issue} and {@code newsletter_issue_article} tables. */
@Repository
class IssueRepository {

    private static final String COLUMNS = """
            id, list_id, kind, period_key, subject, preheader, html_full, text_full, html_excerpt, text_excerpt,
            created_at""";

    private final JdbcClient db;

    IssueRepository(JdbcClient db) {
        this.db = db;
    }

    /**
     * Stores an issue and the articles it carries; a second issue of a list for the same period throws
     * DuplicateKeyException (how a digest is made once per period on every node).
     */
    long insert(IssueContent c, List<Long> articleIds, Instant coversFrom, Instant coversUntil, Long staffId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO newsletter_issue (list_id, kind, period_key, subject, preheader, html_full, text_full,
                    html_excerpt, text_excerpt, covers_from, covers_until, created_by, created_at)
                VALUES (:list, :kind, :period, :subject, :preheader, :htmlFull, :textFull, :htmlExcerpt, :textExcerpt,
                    :from, :until, :staff, :at)
                """).param("list", c.listId()).param("kind", c.kind()).param("period", c.periodKey())
                .param("subject", c.subject()).param("preheader", c.preheader()).param("htmlFull", c.htmlFull())
                .param("textFull", c.textFull()).param("htmlExcerpt", c.htmlExcerpt()).param("textExcerpt", c.textExcerpt())
                .param("from", coversFrom == null ? null : ts(coversFrom))
                .param("until", coversUntil == null ? null : ts(coversUntil))
                .param("staff", staffId).param("at", ts(c.createdAt())).update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < articleIds.size(); i++) {
            db.sql("INSERT INTO newsletter_issue_article (issue_id, article_id, position) VALUES (:issue, :article, :pos)")
                    .param("issue", id).param("article", articleIds.get(i)).param("pos", i).update();
        }
        return id;
    }

    Optional<IssueContent> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM newsletter_issue WHERE id = :id").param("id", id)
                .query(IssueRepository::row).optional();
    }

    List<Long> articleIds(long issueId) {
        return db.sql("SELECT article_id FROM newsletter_issue_article WHERE issue_id = :id ORDER BY position")
                .param("id", issueId).query(Long.class).list();
    }

    /** An issue as the issues screen lists it, without its renderings. */
    record Listed(long id, long listId, String kind, String periodKey, String subject, Instant createdAt,
                  Long createdBy) { }

    /** The newest issues of every list, newest first. */
    List<Listed> recent(int limit) {
        return db.sql("""
                SELECT id, list_id, kind, period_key, subject, created_at, created_by FROM newsletter_issue
                ORDER BY created_at DESC, id DESC LIMIT :limit
                """).param("limit", limit).query((rs, n) -> new Listed(rs.getLong("id"), rs.getLong("list_id"),
                        rs.getString("kind"), rs.getString("period_key"), rs.getString("subject"),
                        instant(rs, "created_at"), rs.getObject("created_by", Long.class))).list();
    }

    /**
     * Marks an issue as the one composed in the form {@code key}; a second issue from the same form throws
     * DuplicateKeyException, so its transaction stores nothing.
     */
    void claimComposeKey(long issueId, String key) {
        db.sql("UPDATE newsletter_issue SET compose_key = :key WHERE id = :id").param("key", key).param("id", issueId)
                .update();
    }

    /** The issue composed in the form {@code key}, if one was stored. */
    Optional<Long> byComposeKey(String key) {
        return db.sql("SELECT id FROM newsletter_issue WHERE compose_key = :key").param("key", key)
                .query(Long.class).optional();
    }

    /** When a digest's window began and ended; both null for breaking and custom issues. */
    record Covers(Instant from, Instant until) { }

    Optional<Covers> covers(long issueId) {
        return db.sql("SELECT covers_from, covers_until FROM newsletter_issue WHERE id = :id").param("id", issueId)
                .query((rs, n) -> new Covers(instant(rs, "covers_from"), instant(rs, "covers_until"))).optional();
    }

    private static IssueContent row(ResultSet rs, int n) throws SQLException {
        return new IssueContent(rs.getLong("id"), rs.getLong("list_id"), rs.getString("kind"),
                rs.getString("period_key"), rs.getString("subject"), rs.getString("preheader"),
                rs.getString("html_full"), rs.getString("text_full"), rs.getString("html_excerpt"),
                rs.getString("text_excerpt"), instant(rs, "created_at"));
    }
}
