package org.masthead.newsletter;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/**
 * The {@code newsletter_delivery} table as workers write it: candidates written when a send is prepared, then
 * each one's outcome. Outcomes are written only while the deliveries are PENDING or RETRY, so an outcome once
 * final is never overwritten (a worker that lost its batch writes nothing, see {@link BatchRepository}). Its bean
 * has its own name, since {@code webhooks} has a DeliveryRepository too.
 */
@Repository("newsletterDeliveryRepository")
class DeliveryRepository {

    /** A candidate to write: the member, and the address they had when chosen (null: none). */
    record Candidate(long memberId, String address) { }

    /** A delivery due to be tried; {@code attempts} so far. */
    record Due(long id, long memberId, String address, int attempts) { }

    /** A final or interim outcome to record. {@code next}: when to retry (RETRY only). */
    record Outcome(long id, Delivery outcome, String reason, String detail, String address, String messageId,
                   Instant next) { }

    enum Delivery { PENDING, RETRY, SENT, FAILED, EXCLUDED }

    private static final int MAX_DETAIL = 1000;

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;

    DeliveryRepository(JdbcClient db, NamedParameterJdbcTemplate batch) {
        this.db = db;
        this.batch = batch;
    }

    void insert(long sendId, long batchId, List<Candidate> candidates) {
        SqlParameterSource[] rows = candidates.stream().map(c -> new MapSqlParameterSource().addValue("send", sendId)
                .addValue("batch", batchId).addValue("member", c.memberId()).addValue("address", c.address(), Types.VARCHAR))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO newsletter_delivery (send_id, batch_id, member_id, address, outcome)
                VALUES (:send, :batch, :member, :address, 'PENDING')
                """, rows);
    }

    /** The batch's deliveries to try now: never tried, or due for a retry; in the order they were chosen. */
    List<Due> due(long batchId, Instant now) {
        return db.sql("""
                SELECT id, member_id, address, attempts FROM newsletter_delivery
                WHERE batch_id = :batch AND (outcome = 'PENDING' OR (outcome = 'RETRY' AND next_attempt_at <= :now))
                ORDER BY id
                """).param("batch", batchId).param("now", ts(now))
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("member_id"), rs.getString("address"),
                        rs.getInt("attempts"))).list();
    }

    /**
     * When the batch has something left to try: its earliest retry, or {@code now} when some candidates were not
     * tried yet (a worker stopped early); empty when every candidate has a final outcome.
     */
    Optional<Instant> nextAttempt(long batchId, Instant now) {
        return db.sql("""
                SELECT COUNT(*) AS open, MIN(next_attempt_at) AS next, SUM(CASE WHEN outcome = 'PENDING' THEN 1 ELSE 0 END) AS untried
                FROM newsletter_delivery WHERE batch_id = :batch AND outcome IN ('PENDING', 'RETRY')
                """).param("batch", batchId).query((rs, n) -> rs.getInt("open") == 0 ? Optional.<Instant>empty()
                        : Optional.of(rs.getInt("untried") > 0 || instant(rs, "next") == null ? now : instant(rs, "next")))
                .single();
    }

    /** Records outcomes in one JDBC batch; each row only while it is still open. */
    void record(Collection<Outcome> outcomes, Instant at) {
        // nulls typed, so that the drivers need not describe the statement to learn the types
        SqlParameterSource[] rows = outcomes.stream().map(o -> new MapSqlParameterSource().addValue("id", o.id())
                .addValue("outcome", o.outcome().name()).addValue("reason", o.reason(), Types.VARCHAR)
                .addValue("detail", clip(o.detail()), Types.VARCHAR).addValue("address", o.address(), Types.VARCHAR)
                .addValue("messageId", o.messageId(), Types.VARCHAR)
                .addValue("next", ts(o.next()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("attempt", o.outcome() == Delivery.EXCLUDED ? 0 : 1)
                .addValue("sentAt", o.outcome() == Delivery.SENT ? ts(at) : null, Types.TIMESTAMP_WITH_TIMEZONE))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                UPDATE newsletter_delivery SET outcome = :outcome, reason = :reason, detail = :detail,
                    address = COALESCE(:address, address), message_id = COALESCE(:messageId, message_id),
                    next_attempt_at = :next, sent_at = :sentAt, attempts = attempts + :attempt
                WHERE id = :id AND outcome IN ('PENDING', 'RETRY')
                """, rows);
    }

    /** The send's candidates by outcome, counted. */
    Totals totals(long sendId) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        db.sql("SELECT outcome, COUNT(*) AS n FROM newsletter_delivery WHERE send_id = :send GROUP BY outcome")
                .param("send", sendId).query(rs -> {
                    counts.put(rs.getString("outcome"), rs.getInt("n"));
                });
        int sent = counts.getOrDefault("SENT", 0);
        int failed = counts.getOrDefault("FAILED", 0);
        int excluded = counts.getOrDefault("EXCLUDED", 0);
        int retrying = counts.getOrDefault("RETRY", 0);
        int pending = counts.getOrDefault("PENDING", 0) + retrying;
        return new Totals(sent + failed + excluded + pending, sent, failed, excluded, pending, retrying);
    }

    int count(long sendId) {
        return db.sql("SELECT COUNT(*) FROM newsletter_delivery WHERE send_id = :send").param("send", sendId)
                .query(Integer.class).single();
    }

    private static String clip(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }
}
