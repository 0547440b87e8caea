package org.masthead.webhooks;

import org.masthead.webhooks.WebhookDelivery.Attempt;
import org.masthead.webhooks.WebhookDelivery.Status;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The delivery queue and its attempt log. Every change of a delivery's state is a guarded UPDATE. */
@Repository
class DeliveryRepository {

    /** A delivery ready to send, with what sending needs: the secrets that sign now, and the stored body. */
    record Due(String id, long endpointId, String url, List<String> secrets, WebhookEventType type, String payload,
               int attempts) { }

    private final JdbcClient db;

    DeliveryRepository(JdbcClient db) {
        this.db = db;
    }

    void insertEvent(String id, WebhookEventType type, String payload, Instant at) {
        db.sql("INSERT INTO webhooks_event (id, event_type, payload, created_at) VALUES (:id, :type, :payload, :at)")
                .param("id", id).param("type", type.wireName()).param("payload", payload).param("at", ts(at)).update();
    }

    void insertDelivery(String id, long endpointId, String eventId, Instant at) {
        db.sql("""
                INSERT INTO webhooks_delivery (id, endpoint_id, event_id, status, attempts, next_attempt_at, created_at)
                VALUES (:id, :endpoint, :event, 'PENDING', 0, :at, :at)
                """).param("id", id).param("endpoint", endpointId).param("event", eventId).param("at", ts(at)).update();
    }

    /** Pending deliveries whose time has come, of active endpoints, oldest first. */
    List<Due> due(Instant now, int limit) {
        return db.sql("""
                SELECT d.id, d.endpoint_id, d.attempts, e.url, e.secret,
                    CASE WHEN e.previous_secret_until > :now THEN e.previous_secret END AS previous_secret,
                    v.event_type, v.payload
                FROM webhooks_delivery d
                JOIN webhooks_endpoint e ON e.id = d.endpoint_id
                JOIN webhooks_event v ON v.id = d.event_id
                WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND e.active = TRUE
                ORDER BY d.next_attempt_at LIMIT :limit
                """).param("now", ts(now)).param("limit", limit).query((rs, n) -> {
                    List<String> secrets = new ArrayList<>(List.of(rs.getString("secret")));
                    Optional.ofNullable(rs.getString("previous_secret")).ifPresent(secrets::add);
                    return new Due(rs.getString("id"), rs.getLong("endpoint_id"), rs.getString("url"), secrets,
                            WebhookEventType.byWireName(rs.getString("event_type")).orElseThrow(),
                            rs.getString("payload"), rs.getInt("attempts"));
                }).list();
    }

    /**
     * Takes a due delivery for one sender: moves its time past the longest a send can take, so another run of
     * the job (or a node that lost track) skips it, and a sender that dies mid-send leaves it to be retried.
     */
    boolean claim(String id, Instant now, Instant leaseUntil) {
        return db.sql("""
                UPDATE webhooks_delivery SET next_attempt_at = :lease
                WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now
                """).param("lease", ts(leaseUntil)).param("id", id).param("now", ts(now)).update() == 1;
    }

    /** Records the end of attempt {@code attemptsBefore + 1}; false when the delivery changed meanwhile. */
    boolean finishAttempt(String id, int attemptsBefore, Status status, Instant next, Instant finishedAt, String outcome) {
        return db.sql("""
                UPDATE webhooks_delivery SET status = :status, attempts = attempts + 1, next_attempt_at = :next,
                    finished_at = :finished, outcome = :outcome
                WHERE id = :id AND status = 'PENDING' AND attempts = :before
                """).param("status", status.name()).param("next", ts(next)).param("finished", ts(finishedAt))
                .param("outcome", Texts.cut(outcome, 300)).param("id", id).param("before", attemptsBefore).update() == 1;
    }

    void logAttempt(String deliveryId, Attempt a) {
        db.sql("""
                INSERT INTO webhooks_attempt (delivery_id, attempted_at, status_code, duration_ms, response, error)
                VALUES (:delivery, :at, :status, :ms, :response, :error)
                """).param("delivery", deliveryId).param("at", ts(a.at())).param("status", a.statusCode())
                .param("ms", a.durationMs()).param("response", Texts.cut(a.response(), 1000))
                .param("error", Texts.cut(a.error(), 300)).update();
    }

    /** Gives up the pending deliveries of an endpoint that was deactivated. */
    int failPending(long endpointId, String outcome, Instant at) {
        return db.sql("""
                UPDATE webhooks_delivery SET status = 'FAILED', finished_at = :at, outcome = :outcome
                WHERE endpoint_id = :endpoint AND status = 'PENDING'
                """).param("at", ts(at)).param("outcome", outcome).param("endpoint", endpointId).update();
    }

    /** Queues a delivery again with a fresh set of attempts; its id, and so its Masthead-Delivery, stay. */
    boolean redeliver(long endpointId, String id, Instant at) {
        return db.sql("""
                UPDATE webhooks_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = :at,
                    finished_at = NULL, outcome = 'redelivery requested'
                WHERE id = :id AND endpoint_id = :endpoint
                """).param("at", ts(at)).param("id", id).param("endpoint", endpointId).update() == 1;
    }

    /** The newest deliveries of an endpoint with their attempts: a page of rows, then the attempts in one query. */
    List<WebhookDelivery> recent(long endpointId, int limit) {
        return hydrate(db.sql(SELECT + " WHERE d.endpoint_id = :endpoint ORDER BY d.created_at DESC, d.id LIMIT :limit")
                .param("endpoint", endpointId).param("limit", limit).query(this::row).list());
    }

    Optional<WebhookDelivery> find(long endpointId, String id) {
        return hydrate(db.sql(SELECT + " WHERE d.endpoint_id = :endpoint AND d.id = :id")
                .param("endpoint", endpointId).param("id", id).query(this::row).list()).stream().findFirst();
    }

    /** Deletes finished deliveries (their attempts go with them) and then events no delivery refers to. */
    int prune(Instant cutoff) {
        int deliveries = db.sql("DELETE FROM webhooks_delivery WHERE status <> 'PENDING' AND created_at < :cutoff")
                .param("cutoff", ts(cutoff)).update();
        db.sql("""
                DELETE FROM webhooks_event WHERE created_at < :cutoff
                AND NOT EXISTS (SELECT 1 FROM webhooks_delivery d WHERE d.event_id = webhooks_event.id)
                """).param("cutoff", ts(cutoff)).update();
        return deliveries;
    }

    private static final String SELECT = """
            SELECT d.id, d.endpoint_id, d.event_id, v.event_type, d.status, d.attempts, d.created_at,
                d.next_attempt_at, d.finished_at, d.outcome
            FROM webhooks_delivery d JOIN webhooks_event v ON v.id = d.event_id""";

    private WebhookDelivery row(ResultSet rs, int n) throws SQLException {
        return new WebhookDelivery(rs.getString("id"), rs.getLong("endpoint_id"), rs.getString("event_id"),
                WebhookEventType.byWireName(rs.getString("event_type")).orElse(null),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), instant(rs, "finished_at"), rs.getString("outcome"), List.of());
    }

    private List<WebhookDelivery> hydrate(List<WebhookDelivery> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<Attempt>> log = new HashMap<>();
        db.sql("""
                SELECT delivery_id, attempted_at, status_code, duration_ms, response, error FROM webhooks_attempt
                WHERE delivery_id IN (:ids) ORDER BY attempted_at, id
                """).param("ids", rows.stream().map(WebhookDelivery::id).toList()).query((RowCallbackHandler) rs -> {
                    int status = rs.getInt("status_code");
                    Integer code = rs.wasNull() ? null : status;
                    log.computeIfAbsent(rs.getString("delivery_id"), k -> new ArrayList<>()).add(new Attempt(
                            instant(rs, "attempted_at"), code, rs.getInt("duration_ms"), rs.getString("response"),
                            rs.getString("error")));
                });
        return rows.stream().map(d -> new WebhookDelivery(d.id(), d.endpointId(), d.eventId(), d.event(), d.status(),
                d.attempts(), d.createdAt(), d.nextAttemptAt(), d.finishedAt(), d.outcome(),
                List.copyOf(log.getOrDefault(d.id(), List.of())))).toList();
    }
}
