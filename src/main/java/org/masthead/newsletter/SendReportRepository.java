package org.masthead.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.masthead.platform.JdbcTimes.ts;

/** What the send screens read: sends with their issue's subject and list's name, and a send's outcomes in detail. */
@Repository
class SendReportRepository {

    /** A send with the words that name it. */
    record Listed(Send send, String subject, String listName) { }

    /** How many of a send's deliveries ended with this outcome for this reason. */
    record ReasonCount(String outcome, String reason, int count) { }

    /** A delivery that failed or waits for a retry. */
    record Failure(String address, String outcome, String reason, String detail, int attempts) { }

    private static final String SELECT = "SELECT " + Arrays.stream(SendRepository.COLUMNS.split(","))
            .map(c -> "s." + c.strip()).collect(Collectors.joining(", ")) + """
            , i.subject, l.name AS list_name
            FROM newsletter_send s JOIN newsletter_issue i ON i.id = s.issue_id JOIN newsletter_list l ON l.id = s.list_id
            """;

    private final JdbcClient db;

    SendReportRepository(JdbcClient db) {
        this.db = db;
    }

    List<Listed> recent(int limit) {
        return db.sql(SELECT + " ORDER BY s.started_at DESC, s.id DESC LIMIT :limit").param("limit", limit)
                .query((rs, n) -> new Listed(SendRepository.row(rs, n), rs.getString("subject"), rs.getString("list_name")))
                .list();
    }

    Optional<Listed> find(long id) {
        return db.sql(SELECT + " WHERE s.id = :id").param("id", id)
                .query((rs, n) -> new Listed(SendRepository.row(rs, n), rs.getString("subject"), rs.getString("list_name")))
                .optional();
    }

    /** Failures, exclusions and retries by reason, the most frequent first. */
    List<ReasonCount> byReason(long sendId) {
        return db.sql("""
                SELECT outcome, reason, COUNT(*) AS n FROM newsletter_delivery
                WHERE send_id = :send AND outcome IN ('FAILED', 'EXCLUDED', 'RETRY')
                GROUP BY outcome, reason ORDER BY n DESC, reason
                """).param("send", sendId)
                .query((rs, n) -> new ReasonCount(rs.getString("outcome"), rs.getString("reason"), rs.getInt("n"))).list();
    }

    /** Failed deliveries, and those waiting for a retry, by address. */
    List<Failure> failures(long sendId, int limit) {
        return db.sql("""
                SELECT address, outcome, reason, detail, attempts FROM newsletter_delivery
                WHERE send_id = :send AND outcome IN ('FAILED', 'RETRY') ORDER BY outcome, address LIMIT :limit
                """).param("send", sendId).param("limit", limit)
                .query((rs, n) -> new Failure(rs.getString("address"), rs.getString("outcome"), rs.getString("reason"),
                        rs.getString("detail"), rs.getInt("attempts"))).list();
    }

    int sentSince(long sendId, Instant since) {
        return db.sql("SELECT COUNT(*) FROM newsletter_delivery WHERE send_id = :send AND outcome = 'SENT' AND sent_at >= :since")
                .param("send", sendId).param("since", ts(since)).query(Integer.class).single();
    }
}
