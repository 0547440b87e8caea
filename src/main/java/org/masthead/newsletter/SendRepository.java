package org.masthead.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The {@code newsletter_send} table. State changes are guarded updates, so two nodes never both make one. */
@Repository
class SendRepository {

    static final String COLUMNS = """
            id, issue_id, list_id, state, prepared_until, candidates, sent, failed, excluded, started_by, started_at,
            prepared_at, finished_at, last_error, last_error_at""";
    static final int MAX_ERROR = 1000;

    private final JdbcClient db;

    SendRepository(JdbcClient db) {
        this.db = db;
    }

    /** The send of this issue, made now unless one exists (on any node): one issue, one send. */
    long insertOnce(long issueId, long listId, Long staffId, Instant at) {
        db.sql("""
                INSERT INTO newsletter_send (issue_id, list_id, state, started_by, started_at)
                VALUES (:issue, :list, 'PREPARING', :staff, :at)
                ON CONFLICT DO NOTHING
                """).param("issue", issueId).param("list", listId).param("staff", staffId).param("at", ts(at)).update();
        return byIssue(issueId).orElseThrow();
    }

    Optional<Long> byIssue(long issueId) {
        return db.sql("SELECT id FROM newsletter_send WHERE issue_id = :issue").param("issue", issueId)
                .query(Long.class).optional();
    }

    /** The sends of these issues, by issue id (an issue without a send is absent). */
    Map<Long, Send> byIssues(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        return db.sql("SELECT " + COLUMNS + " FROM newsletter_send WHERE issue_id IN (:ids)").param("ids", issueIds)
                .query(SendRepository::row).list().stream().collect(Collectors.toMap(Send::issueId, s -> s));
    }

    Optional<Send> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM newsletter_send WHERE id = :id").param("id", id)
                .query(SendRepository::row).optional();
    }

    List<Send> recent(int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM newsletter_send ORDER BY started_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(SendRepository::row).list();
    }

    List<Long> preparing() {
        return db.sql("SELECT id FROM newsletter_send WHERE state = 'PREPARING' ORDER BY id").query(Long.class).list();
    }

    /** Moves the preparation's cursor; false when another worker moved it first (its page stands, not ours). */
    boolean advance(long id, long from, long to) {
        return db.sql("""
                UPDATE newsletter_send SET prepared_until = :to
                WHERE id = :id AND state = 'PREPARING' AND prepared_until = :from
                """).param("id", id).param("from", from).param("to", to).update() == 1;
    }

    /** Every candidate is written: the send goes on to sending, with its count of candidates. */
    boolean prepared(long id, long cursor, int candidates, Instant at) {
        return db.sql("""
                UPDATE newsletter_send SET state = 'SENDING', candidates = :candidates, prepared_at = :at
                WHERE id = :id AND state = 'PREPARING' AND prepared_until = :cursor
                """).param("id", id).param("cursor", cursor).param("candidates", candidates).param("at", ts(at))
                .update() == 1;
    }

    /** Sending sends whose every batch is done: nothing is left for a worker to do but to close them. */
    List<Long> sendingWithoutOpenBatches() {
        return db.sql("""
                SELECT s.id FROM newsletter_send s WHERE s.state = 'SENDING' AND NOT EXISTS (
                    SELECT 1 FROM newsletter_batch b WHERE b.send_id = s.id AND b.state <> 'DONE')
                """).query(Long.class).list();
    }

    boolean finish(long id, Totals totals, Instant at) {
        return db.sql("""
                UPDATE newsletter_send SET state = 'DONE', sent = :sent, failed = :failed, excluded = :excluded,
                    candidates = :candidates, finished_at = :at, last_error = NULL, last_error_at = NULL
                WHERE id = :id AND state = 'SENDING'
                """).param("id", id).param("sent", totals.sent()).param("failed", totals.failed())
                .param("excluded", totals.excluded()).param("candidates", totals.candidates()).param("at", ts(at))
                .update() == 1;
    }

    /** Stops a running send; a staff member resumes it. */
    boolean fail(long id, String error, Instant at) {
        return db.sql("""
                UPDATE newsletter_send SET state = 'FAILED', last_error = :error, last_error_at = :at
                WHERE id = :id AND state IN ('PREPARING', 'SENDING')
                """).param("id", id).param("error", clip(error)).param("at", ts(at)).update() == 1;
    }

    /** Notes a problem the send rides out by itself (the mail server unreachable for now), or clears it (null). */
    void note(long id, String error, Instant at) {
        db.sql("UPDATE newsletter_send SET last_error = :error, last_error_at = :at WHERE id = :id AND state <> 'DONE'")
                .param("id", id).param("error", clip(error)).param("at", error == null ? null : ts(at)).update();
    }

    /** A failed send goes on where it stopped: preparing when its candidates were not all written, else sending. */
    boolean resume(long id) {
        return db.sql("""
                UPDATE newsletter_send SET state = CASE WHEN candidates IS NULL THEN 'PREPARING' ELSE 'SENDING' END,
                    last_error = NULL, last_error_at = NULL
                WHERE id = :id AND state = 'FAILED'
                """).param("id", id).update() == 1;
    }

    private static String clip(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    static Send row(ResultSet rs, int n) throws SQLException {
        return new Send(rs.getLong("id"), rs.getLong("issue_id"), rs.getLong("list_id"),
                SendState.valueOf(rs.getString("state")), rs.getLong("prepared_until"), integer(rs, "candidates"),
                integer(rs, "sent"), integer(rs, "failed"), integer(rs, "excluded"), rs.getObject("started_by", Long.class),
                instant(rs, "started_at"), instant(rs, "prepared_at"), instant(rs, "finished_at"),
                rs.getString("last_error"), instant(rs, "last_error_at"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }
}
