package org.masthead.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The {@code newsletter_subscription} table: each member's subscription to each list, as it stands now. */
@Repository("newsletterSubscriptionRepository") // paywall has a SubscriptionRepository
class SubscriptionRepository {

    /** A member's row for one list, as the data download shows it. */
    record Row(long listId, boolean subscribed, String source, Instant createdAt, Instant changedAt) { }

    private final JdbcClient db;

    SubscriptionRepository(JdbcClient db) {
        this.db = db;
    }

    /** The member's subscription to the list, or empty when they never had one. Locks the row (a change follows). */
    Optional<Boolean> lock(long memberId, long listId) {
        return db.sql("""
                SELECT subscribed FROM newsletter_subscription WHERE list_id = :list AND member_id = :member FOR UPDATE
                """).param("list", listId).param("member", memberId).query(Boolean.class).optional();
    }

    /**
     * The member's first row for the list; false when another request inserted it meanwhile (a double click),
     * which then wins ({@code ON CONFLICT DO NOTHING} on both databases).
     */
    boolean insert(long memberId, long listId, boolean subscribed, String source, Instant at) {
        return db.sql("""
                INSERT INTO newsletter_subscription (list_id, member_id, subscribed, source, created_at, changed_at)
                VALUES (:list, :member, :subscribed, :source, :at, :at) ON CONFLICT DO NOTHING
                """).param("list", listId).param("member", memberId).param("subscribed", subscribed)
                .param("source", source).param("at", ts(at)).update() == 1;
    }

    void update(long memberId, long listId, boolean subscribed, String source, Instant at) {
        db.sql("""
                UPDATE newsletter_subscription SET subscribed = :subscribed, source = :source, changed_at = :at
                WHERE list_id = :list AND member_id = :member
                """).param("subscribed", subscribed).param("source", source).param("at", ts(at))
                .param("list", listId).param("member", memberId).update();
    }

    /** The lists the member is subscribed to now. */
    List<Long> subscribedLists(long memberId) {
        return db.sql("""
                SELECT list_id FROM newsletter_subscription WHERE member_id = :member AND subscribed = TRUE ORDER BY list_id
                """).param("member", memberId).query(Long.class).list();
    }

    /** Every row of the member's, subscribed or not, oldest first. */
    List<Row> rows(long memberId) {
        return db.sql("""
                SELECT list_id, subscribed, source, created_at, changed_at FROM newsletter_subscription
                WHERE member_id = :member ORDER BY created_at, list_id
                """).param("member", memberId)
                .query((rs, n) -> new Row(rs.getLong("list_id"), rs.getBoolean("subscribed"), rs.getString("source"),
                        instant(rs, "created_at"), instant(rs, "changed_at"))).list();
    }

    /** Subscribers per list, every list in one query; lists nobody subscribes to are absent. */
    Map<Long, Long> counts() {
        Map<Long, Long> out = new HashMap<>();
        db.sql("""
                SELECT list_id, COUNT(*) AS subscribers FROM newsletter_subscription WHERE subscribed = TRUE
                GROUP BY list_id
                """).query(rs -> {
            out.put(rs.getLong("list_id"), rs.getLong("subscribers"));
        });
        return out;
    }

    long count(long listId) {
        return db.sql("SELECT COUNT(*) FROM newsletter_subscription WHERE list_id = :list AND subscribed = TRUE")
                .param("list", listId).query(Long.class).single();
    }

    void deleteFor(long memberId) {
        db.sql("DELETE FROM newsletter_subscription WHERE member_id = :member").param("member", memberId).update();
    }
}
