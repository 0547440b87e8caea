package org.masthead.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.ts;

/**
 * The {@code newsletter_batch} table. A batch is claimed by one worker run with a guarded update, renewed as the
 * worker records outcomes, and changed afterwards only by the run that holds the claim: of two workers racing
 * for a batch the second updates nothing, and a worker that lost its claim (it stalled past the timeout and
 * another took over) can no longer write.
 */
@Repository
class BatchRepository {

    /** A claimed batch: {@code attempts} counts this one. */
    record Batch(long id, long sendId, int seq, int attempts) { }

    private static final String CLAIMABLE = """
            ((b.state = 'READY' AND b.next_attempt_at <= :now) OR (b.state = 'CLAIMED' AND b.claimed_until < :now))""";

    private final JdbcClient db;

    BatchRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(long sendId, int seq, Instant at) {
        db.sql("INSERT INTO newsletter_batch (send_id, seq, state, next_attempt_at) VALUES (:send, :seq, 'READY', :at)")
                .param("send", sendId).param("seq", seq).param("at", ts(at)).update();
        return db.sql("SELECT id FROM newsletter_batch WHERE send_id = :send AND seq = :seq")
                .param("send", sendId).param("seq", seq).query(Long.class).single();
    }

    int lastSeq(long sendId) {
        return db.sql("SELECT COALESCE(MAX(seq), 0) FROM newsletter_batch WHERE send_id = :send")
                .param("send", sendId).query(Integer.class).single();
    }

    /** Batches of running sends that are due, or whose worker let its claim lapse; oldest sends first. */
    List<Long> due(Instant now, int limit) {
        return db.sql("""
                SELECT b.id FROM newsletter_batch b JOIN newsletter_send s ON s.id = b.send_id
                WHERE s.state IN ('PREPARING', 'SENDING') AND """ + CLAIMABLE + """
                 ORDER BY b.send_id, b.seq LIMIT :limit
                """).param("now", ts(now)).param("limit", limit).query(Long.class).list();
    }

    /** Claims a due batch until {@code until}; true only for the one run that got it. */
    boolean claim(long id, String claim, Instant now, Instant until) {
        return db.sql("""
                UPDATE newsletter_batch b SET state = 'CLAIMED', claim = :claim, claimed_until = :until,
                    attempts = attempts + 1
                WHERE id = :id AND """ + CLAIMABLE)
                .param("id", id).param("claim", claim).param("now", ts(now)).param("until", ts(until)).update() == 1;
    }

    Optional<Batch> claimed(long id, String claim) {
        return db.sql("SELECT id, send_id, seq, attempts FROM newsletter_batch WHERE id = :id AND claim = :claim AND state = 'CLAIMED'")
                .param("id", id).param("claim", claim).query(BatchRepository::row).optional();
    }

    /** Renews a claim; false when this run no longer holds it. */
    boolean renew(long id, String claim, Instant until) {
        return db.sql("UPDATE newsletter_batch SET claimed_until = :until WHERE id = :id AND claim = :claim AND state = 'CLAIMED'")
                .param("id", id).param("claim", claim).param("until", ts(until)).update() == 1;
    }

    /** Nothing is left to try in this batch. */
    boolean done(long id, String claim, Instant now) {
        return db.sql("""
                UPDATE newsletter_batch SET state = 'DONE', claim = NULL, claimed_until = NULL, finished_at = :now
                WHERE id = :id AND claim = :claim AND state = 'CLAIMED'
                """).param("id", id).param("claim", claim).param("now", ts(now)).update() == 1;
    }

    /** Hands the batch back, due again at {@code next} (a recipient to retry, an unreachable server). */
    boolean readyAt(long id, String claim, Instant next) {
        return db.sql("""
                UPDATE newsletter_batch SET state = 'READY', next_attempt_at = :next, claim = NULL, claimed_until = NULL
                WHERE id = :id AND claim = :claim AND state = 'CLAIMED'
                """).param("id", id).param("claim", claim).param("next", ts(next)).update() == 1;
    }

    /** Every unfinished batch of a resumed send is due now, its count of attempts against the server reset. */
    void resume(long sendId, Instant now) {
        db.sql("""
                UPDATE newsletter_batch SET state = 'READY', attempts = 0, next_attempt_at = :now, claim = NULL,
                    claimed_until = NULL
                WHERE send_id = :send AND state <> 'DONE'
                """).param("send", sendId).param("now", ts(now)).update();
    }

    private static Batch row(ResultSet rs, int n) throws SQLException {
        return new Batch(rs.getLong("id"), rs.getLong("send_id"), rs.getInt("seq"), rs.getInt("attempts"));
    }
}
