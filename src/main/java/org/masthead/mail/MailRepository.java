package org.masthead.mail;

import org.masthead.mail.OutboxEntry.Status;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code mail_message} table: accepted messages, claims by workers, and the outcome of each attempt. */
@Repository
class MailRepository {

    /** A claimed message, with what it takes to write it. {@code attempts} includes the current one. */
    record Pending(long id, String to, String subject, String text, String html, String kind, String messageId,
                   int attempts, Instant createdAt) { }

    private static final String ENTRY_COLUMNS = """
            id, recipient, subject, kind, status, attempts, created_at, sent_at, last_attempt_at, next_attempt_at,
            last_error, text_body, message_id""";

    private final JdbcClient db;

    MailRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(OutgoingMail mail, String messageId, Status status, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO mail_message (kind, recipient, subject, text_body, html_body, message_id, status,
                                          next_attempt_at, created_at)
                VALUES (:kind, :to, :subject, :text, :html, :messageId, :status, :next, :at)
                """).param("kind", mail.kind()).param("to", mail.to()).param("subject", mail.subject())
                .param("text", mail.text()).param("html", mail.html()).param("messageId", messageId)
                .param("status", status.name()).param("next", status == Status.QUEUED ? ts(at) : null)
                .param("at", ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<OutboxEntry> find(long id) {
        return db.sql("SELECT " + ENTRY_COLUMNS + " FROM mail_message WHERE id = :id")
                .param("id", id).query(ENTRY).optional();
    }

    List<OutboxEntry> recent(int limit) {
        return db.sql("SELECT " + ENTRY_COLUMNS + " FROM mail_message ORDER BY id DESC LIMIT :limit")
                .param("limit", limit).query(ENTRY).list();
    }

    /** Messages waiting for an attempt, and messages whose worker let its claim lapse (it died mid-send). */
    List<Long> due(Instant now, int limit) {
        return db.sql("""
                SELECT id FROM mail_message
                WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id LIMIT :limit
                """).param("now", ts(now)).param("limit", limit).query(Long.class).list();
    }

    /**
     * Claims a due message for one worker run until {@code until}; true only for the one run that got it. The
     * condition is re-checked under the row lock, so of two runs racing for a row the second updates nothing.
     */
    boolean claim(long id, String claim, Instant now, Instant until) {
        return db.sql("""
                UPDATE mail_message
                SET status = 'SENDING', claim = :claim, attempts = attempts + 1, last_attempt_at = :now,
                    next_attempt_at = :until
                WHERE id = :id AND status IN ('QUEUED', 'SENDING') AND next_attempt_at <= :now
                """).param("id", id).param("claim", claim).param("now", ts(now)).param("until", ts(until))
                .update() == 1;
    }

    List<Pending> claimed(List<Long> ids, String claim) {
        return db.sql("""
                SELECT id, recipient, subject, text_body, html_body, kind, message_id, attempts, created_at
                FROM mail_message WHERE id IN (:ids) AND claim = :claim ORDER BY id
                """).param("ids", ids).param("claim", claim)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("text_body"), rs.getString("html_body"), rs.getString("kind"),
                        rs.getString("message_id"), rs.getInt("attempts"), instant(rs, "created_at")))
                .list();
    }

    /** The outcome of a claimed attempt; ignored when the claim has lapsed and another run took the message. */
    void sent(long id, String claim, Instant at) {
        db.sql("""
                UPDATE mail_message SET status = 'SENT', sent_at = :at, next_attempt_at = NULL, claim = NULL
                WHERE id = :id AND claim = :claim
                """).param("id", id).param("claim", claim).param("at", ts(at)).update();
    }

    void retryAt(long id, String claim, Instant next, String error) {
        db.sql("""
                UPDATE mail_message SET status = 'QUEUED', next_attempt_at = :next, last_error = :error, claim = NULL
                WHERE id = :id AND claim = :claim
                """).param("id", id).param("claim", claim).param("next", ts(next)).param("error", error).update();
    }

    void failed(long id, String claim, String error) {
        db.sql("""
                UPDATE mail_message SET status = 'FAILED', next_attempt_at = NULL, last_error = :error, claim = NULL
                WHERE id = :id AND claim = :claim
                """).param("id", id).param("claim", claim).param("error", error).update();
    }

    /** Deletes delivered and kept messages accepted before the cutoff; failed ones stay for the operator. */
    int deleteDoneBefore(Instant cutoff) {
        return db.sql("DELETE FROM mail_message WHERE status IN ('SENT', 'KEPT') AND created_at < :cutoff")
                .param("cutoff", ts(cutoff)).update();
    }

    private static final RowMapper<OutboxEntry> ENTRY = (rs, n) -> new OutboxEntry(rs.getLong("id"),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("kind"),
            Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
            instant(rs, "sent_at"), instant(rs, "last_attempt_at"), instant(rs, "next_attempt_at"),
            rs.getString("last_error"), rs.getString("text_body"), rs.getString("message_id"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
