package org.masthead.paywall;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

@Repository
class SubscriptionRepository {

    private static final String SELECT = """
            SELECT s.id, s.member_id, s.plan_id, p.name AS plan_name, s.source, s.state, s.stripe_subscription_id,
                s.stripe_customer_id, s.stripe_version, s.current_period_end, s.cancel_at_period_end, s.grace_until,
                s.ends_at, s.note, s.created_at, s.modified_at
            FROM paywall_subscription s LEFT JOIN paywall_plan p ON p.id = s.plan_id
            """;

    private final JdbcClient db;

    SubscriptionRepository(JdbcClient db) {
        this.db = db;
    }

    List<Subscription> forMember(long memberId) {
        return db.sql(SELECT + " WHERE s.member_id = :member ORDER BY s.id").param("member", memberId).query(ROW).list();
    }

    /** The subscriptions of each of these members (at most 1000), in one query. */
    Map<Long, List<Subscription>> forMembers(Collection<Long> memberIds) {
        Map<Long, List<Subscription>> byMember = new HashMap<>();
        if (!memberIds.isEmpty()) {
            db.sql(SELECT + " WHERE s.member_id IN (:members) ORDER BY s.id").param("members", memberIds).query(ROW).list()
                    .forEach(s -> byMember.computeIfAbsent(s.memberId(), k -> new ArrayList<>()).add(s));
        }
        return byMember;
    }

    Optional<Subscription> find(long id) {
        return db.sql(SELECT + " WHERE s.id = :id").param("id", id).query(ROW).optional();
    }

    /** The newest subscriptions first, of one member when {@code memberId} is set. */
    List<Subscription> recent(Long memberId, int limit) {
        String where = memberId == null ? "" : " WHERE s.member_id = :member";
        var q = db.sql(SELECT + where + " ORDER BY s.modified_at DESC, s.id DESC LIMIT :limit").param("limit", limit);
        return (memberId == null ? q : q.param("member", memberId)).query(ROW).list();
    }

    /** The row of a Stripe subscription, locked until the transaction ends so its events apply one at a time. */
    Optional<Subscription> lockStripe(String stripeSubscriptionId) {
        Optional<Long> id = db.sql("SELECT id FROM paywall_subscription WHERE stripe_subscription_id = :sub FOR UPDATE")
                .param("sub", stripeSubscriptionId).query(Long.class).optional();
        return id.flatMap(this::find);
    }

    long insertStripe(long memberId, Long planId, String subscriptionId, String customerId, StripeState s, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO paywall_subscription (member_id, plan_id, source, state, stripe_subscription_id,
                    stripe_customer_id, stripe_version, current_period_end, cancel_at_period_end, grace_until, ends_at,
                    created_at, modified_at)
                VALUES (:member, :plan, 'stripe', :state, :sub, :customer, :version, :periodEnd, :cancelAtEnd, :grace,
                    :endsAt, :at, :at)
                """).param("member", memberId).param("plan", planId).param("sub", subscriptionId)
                .param("customer", customerId).param("state", s.state().wireName()).param("version", s.version())
                .param("periodEnd", ts(s.periodEnd())).param("cancelAtEnd", s.cancelAtPeriodEnd())
                .param("grace", ts(s.graceUntil())).param("endsAt", ts(s.endsAt())).param("at", ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateStripe(long id, Long planId, StripeState s, Instant at) {
        db.sql("""
                UPDATE paywall_subscription SET plan_id = COALESCE(:plan, plan_id), state = :state,
                    stripe_version = :version, current_period_end = COALESCE(:periodEnd, current_period_end),
                    cancel_at_period_end = :cancelAtEnd, grace_until = :grace, ends_at = :endsAt, modified_at = :at
                WHERE id = :id
                """).param("plan", planId).param("state", s.state().wireName()).param("version", s.version())
                .param("periodEnd", ts(s.periodEnd())).param("cancelAtEnd", s.cancelAtPeriodEnd())
                .param("grace", ts(s.graceUntil())).param("endsAt", ts(s.endsAt())).param("at", ts(at))
                .param("id", id).update();
    }

    void setCustomer(long id, String customerId) {
        db.sql("UPDATE paywall_subscription SET stripe_customer_id = :customer WHERE id = :id AND stripe_customer_id IS NULL")
                .param("customer", customerId).param("id", id).update();
    }

    /** Removes the Stripe customer from every subscription of the member (their account was deleted). */
    void forgetCustomer(long memberId) {
        db.sql("UPDATE paywall_subscription SET stripe_customer_id = NULL WHERE member_id = :member")
                .param("member", memberId).update();
    }

    long insertComp(long memberId, Long planId, Instant endsAt, String note, long grantedBy, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO paywall_subscription (member_id, plan_id, source, state, ends_at, note, granted_by,
                    created_at, modified_at)
                VALUES (:member, :plan, 'comp', 'comped', :endsAt, :note, :by, :at, :at)
                """).param("member", memberId).param("plan", planId).param("endsAt", ts(endsAt)).param("note", note)
                .param("by", grantedBy).param("at", ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Moves a row from {@code from} to {@code to} if it is still in {@code from}; false when it was not. */
    boolean move(long id, SubscriptionState from, SubscriptionState to, Instant endsAt, Instant at) {
        return db.sql("""
                UPDATE paywall_subscription SET state = :to, ends_at = :endsAt, modified_at = :at
                WHERE id = :id AND state = :from
                """).param("to", to.wireName()).param("endsAt", ts(endsAt)).param("at", ts(at)).param("id", id)
                .param("from", from.wireName()).update() == 1;
    }

    /** Past-due subscriptions whose grace period ended, and comps whose end date passed, by {@code now}. */
    List<Subscription> runOut(Instant now) {
        return db.sql(SELECT + """
                 WHERE (s.state = 'past_due' AND s.grace_until <= :now) OR (s.state = 'comped' AND s.ends_at <= :now)
                ORDER BY s.id
                """).param("now", ts(now)).query(ROW).list();
    }

    Optional<Long> planByPrice(String priceId) {
        return db.sql("SELECT id FROM paywall_plan WHERE monthly_price_id = :price OR yearly_price_id = :price")
                .param("price", priceId).query(Long.class).list().stream().findFirst();
    }

    boolean planExists(long planId) {
        return db.sql("SELECT COUNT(*) FROM paywall_plan WHERE id = :id").param("id", planId).query(Long.class).single() > 0;
    }

    private static final RowMapper<Subscription> ROW = (rs, n) -> new Subscription(rs.getLong("id"),
            rs.getLong("member_id"), rs.getObject("plan_id", Long.class), rs.getString("plan_name"),
            "comp".equals(rs.getString("source")), SubscriptionState.parse(rs.getString("state")),
            rs.getString("stripe_subscription_id"), rs.getString("stripe_customer_id"), rs.getLong("stripe_version"),
            instant(rs, "current_period_end"), rs.getBoolean("cancel_at_period_end"), instant(rs, "grace_until"),
            instant(rs, "ends_at"), rs.getString("note"), instant(rs, "created_at"), instant(rs, "modified_at"));
}
