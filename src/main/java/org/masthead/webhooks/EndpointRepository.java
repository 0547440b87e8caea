package org.masthead.webhooks;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

@Repository
class EndpointRepository {

    private static final String COLUMNS = """
            id, url, description, active, consecutive_failures, disabled_reason, created_at, modified_at""";

    private final JdbcClient db;

    EndpointRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(String url, String description, boolean active, Set<WebhookEventType> events, String secret, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO webhooks_endpoint (url, description, secret, active, created_at, modified_at)
                VALUES (:url, :description, :secret, :active, :at, :at)
                """).param("url", url).param("description", description).param("secret", secret)
                .param("active", active).param("at", ts(at)).update(keys, "id");
        long id = keys.getKey().longValue();
        replaceEvents(id, events);
        return id;
    }

    /** Reactivating clears the failure count and the reason the endpoint was switched off. */
    boolean update(long id, String url, String description, boolean active, Set<WebhookEventType> events, Instant at) {
        int n = db.sql("""
                UPDATE webhooks_endpoint SET url = :url, description = :description, modified_at = :at,
                    consecutive_failures = CASE WHEN :active AND NOT active THEN 0 ELSE consecutive_failures END,
                    disabled_reason = CASE WHEN :active THEN NULL ELSE disabled_reason END,
                    active = :active
                WHERE id = :id
                """).param("url", url).param("description", description).param("active", active)
                .param("at", ts(at)).param("id", id).update();
        if (n == 1) {
            replaceEvents(id, events);
        }
        return n == 1;
    }

    private void replaceEvents(long id, Set<WebhookEventType> events) {
        db.sql("DELETE FROM webhooks_endpoint_event WHERE endpoint_id = :id").param("id", id).update();
        for (WebhookEventType e : events) {
            db.sql("INSERT INTO webhooks_endpoint_event (endpoint_id, event_type) VALUES (:id, :type)")
                    .param("id", id).param("type", e.wireName()).update();
        }
    }

    boolean delete(long id) {
        return db.sql("DELETE FROM webhooks_endpoint WHERE id = :id").param("id", id).update() == 1;
    }

    /** The new secret signs from now on; the one it replaces keeps signing alongside until {@code overlapUntil}. */
    boolean rotateSecret(long id, String secret, Instant overlapUntil, Instant at) {
        return db.sql("""
                UPDATE webhooks_endpoint SET previous_secret = secret, previous_secret_until = :until,
                    secret = :secret, modified_at = :at
                WHERE id = :id
                """).param("until", ts(overlapUntil)).param("secret", secret).param("at", ts(at)).param("id", id)
                .update() == 1;
    }

    Optional<WebhookEndpoint> find(long id) {
        return hydrate(db.sql("SELECT " + COLUMNS + " FROM webhooks_endpoint WHERE id = :id").param("id", id)
                .query(ROW).list()).stream().findFirst();
    }

    List<WebhookEndpoint> all() {
        return hydrate(db.sql("SELECT " + COLUMNS + " FROM webhooks_endpoint ORDER BY id").query(ROW).list());
    }

    /** Active endpoints that want {@code type}. */
    List<Long> subscribers(WebhookEventType type) {
        return db.sql("""
                SELECT e.id FROM webhooks_endpoint e
                JOIN webhooks_endpoint_event s ON s.endpoint_id = e.id
                WHERE s.event_type = :type AND e.active = TRUE ORDER BY e.id
                """).param("type", type.wireName()).query(Long.class).list();
    }

    void clearFailures(long id) {
        db.sql("UPDATE webhooks_endpoint SET consecutive_failures = 0 WHERE id = :id AND consecutive_failures <> 0")
                .param("id", id).update();
    }

    /** Counts one more delivery that failed for good; returns the count in a row. */
    int countFailure(long id) {
        db.sql("UPDATE webhooks_endpoint SET consecutive_failures = consecutive_failures + 1 WHERE id = :id")
                .param("id", id).update();
        return db.sql("SELECT consecutive_failures FROM webhooks_endpoint WHERE id = :id").param("id", id)
                .query(Integer.class).optional().orElse(0);
    }

    boolean deactivate(long id, String reason, Instant at) {
        return db.sql("""
                UPDATE webhooks_endpoint SET active = FALSE, disabled_reason = :reason, modified_at = :at
                WHERE id = :id AND active = TRUE
                """).param("reason", reason).param("at", ts(at)).param("id", id).update() == 1;
    }

    private record Row(long id, String url, String description, boolean active, int failures, String disabledReason,
                       Instant createdAt, Instant modifiedAt) { }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getString("url"),
            rs.getString("description"), rs.getBoolean("active"), rs.getInt("consecutive_failures"),
            rs.getString("disabled_reason"), instant(rs, "created_at"), instant(rs, "modified_at"));

    private List<WebhookEndpoint> hydrate(List<Row> rows) {
        Map<Long, Set<WebhookEventType>> events = events(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new WebhookEndpoint(r.id(), r.url(), events.getOrDefault(r.id(), Set.of()),
                r.description(), r.active(), r.failures(), r.disabledReason(), r.createdAt(), r.modifiedAt())).toList();
    }

    private Map<Long, Set<WebhookEventType>> events(Collection<Long> ids) {
        Map<Long, Set<WebhookEventType>> events = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return events;
        }
        db.sql("SELECT endpoint_id, event_type FROM webhooks_endpoint_event WHERE endpoint_id IN (:ids)")
                .param("ids", ids).query((RowCallbackHandler) rs -> {
                    long endpoint = rs.getLong("endpoint_id");
                    WebhookEventType.byWireName(rs.getString("event_type")).ifPresent(t -> events
                            .computeIfAbsent(endpoint, k -> EnumSet.noneOf(WebhookEventType.class)).add(t));
                });
        return events;
    }
}
