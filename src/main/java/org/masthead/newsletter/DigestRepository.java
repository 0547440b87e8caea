package org.masthead.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The {@code newsletter_digest_run} table, and the digest facts read from the lists and issues. */
@Repository
class DigestRepository {

    enum Outcome { ISSUED, SKIPPED, FAILED }

    /** What a list's period came to; {@code issueId} is set when ISSUED, {@code note} says why otherwise. */
    record Run(long listId, String periodKey, Outcome outcome, Long issueId, int articles, String note,
               Instant coversFrom, Instant coversUntil, Instant decidedAt) { }

    private final JdbcClient db;

    DigestRepository(JdbcClient db) {
        this.db = db;
    }

    /** True once the period has an issue or was skipped; a FAILED try does not count. */
    boolean decided(long listId, String periodKey) {
        return db.sql("""
                SELECT COUNT(*) FROM newsletter_digest_run
                WHERE list_id = :list AND period_key = :period AND outcome <> 'FAILED'
                """).param("list", listId).param("period", periodKey).query(Long.class).single() > 0;
    }

    /**
     * Writes what the period came to, replacing a FAILED try; a second decision of the same period throws
     * DuplicateKeyException (another node made it first).
     */
    void record(Run r) {
        db.sql("DELETE FROM newsletter_digest_run WHERE list_id = :list AND period_key = :period AND outcome = 'FAILED'")
                .param("list", r.listId()).param("period", r.periodKey()).update();
        db.sql("""
                INSERT INTO newsletter_digest_run (list_id, period_key, outcome, issue_id, articles, note, covers_from,
                    covers_until, decided_at)
                VALUES (:list, :period, :outcome, :issue, :articles, :note, :from, :until, :at)
                """).param("list", r.listId()).param("period", r.periodKey()).param("outcome", r.outcome().name())
                .param("issue", r.issueId()).param("articles", r.articles())
                .param("note", r.note() == null ? null : IssueRules.cut(r.note(), 300))
                .param("from", ts(r.coversFrom())).param("until", ts(r.coversUntil())).param("at", ts(r.decidedAt()))
                .update();
    }

    /** Where the list's last digest ended: the next one starts there. */
    Optional<Instant> lastCovered(long listId) {
        return db.sql("""
                SELECT covers_until FROM newsletter_issue
                WHERE list_id = :list AND kind = 'DIGEST' AND covers_until IS NOT NULL
                ORDER BY covers_until DESC LIMIT 1
                """).param("list", listId).query((rs, n) -> instant(rs, "covers_until")).optional();
    }

    /** When the list was made: a period whose send time came before is not its to send. */
    Instant listCreatedAt(long listId) {
        return db.sql("SELECT created_at FROM newsletter_list WHERE id = :list").param("list", listId)
                .query((rs, n) -> instant(rs, "created_at")).single();
    }

    /** The periods decided most recently that made no issue (skipped or failed), newest first. */
    List<Run> recentWithoutIssue(int limit) {
        return db.sql("""
                SELECT list_id, period_key, outcome, issue_id, articles, note, covers_from, covers_until, decided_at
                FROM newsletter_digest_run WHERE outcome <> 'ISSUED' ORDER BY decided_at DESC, list_id LIMIT :limit
                """).param("limit", limit).query(DigestRepository::row).list();
    }

    private static Run row(ResultSet rs, int n) throws SQLException {
        return new Run(rs.getLong("list_id"), rs.getString("period_key"), Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("issue_id", Long.class), rs.getInt("articles"), rs.getString("note"), instant(rs, "covers_from"),
                instant(rs, "covers_until"), instant(rs, "decided_at"));
    }
}
