package org.masthead.paywall;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

@Repository
class PlanRepository {

    private static final String PLAN = """
            id, name, description, currency, monthly_amount, yearly_amount, trial_days, active, stripe_product_id,
            monthly_price_id, yearly_price_id, created_at, modified_at""";
    private static final String OFFER = """
            id, plan_id, billing_interval, intro_amount, periods, active, stripe_coupon_id, created_at, ended_at""";

    private final JdbcClient db;

    PlanRepository(JdbcClient db) {
        this.db = db;
    }

    List<Plan> all() {
        return db.sql("SELECT " + PLAN + " FROM paywall_plan ORDER BY active DESC, name").query(PLAN_ROW).list();
    }

    Optional<Plan> find(long id) {
        return db.sql("SELECT " + PLAN + " FROM paywall_plan WHERE id = :id").param("id", id).query(PLAN_ROW).optional();
    }

    boolean nameTaken(String name, long exceptId) {
        return db.sql("SELECT COUNT(*) FROM paywall_plan WHERE LOWER(name) = LOWER(:name) AND id <> :id")
                .param("name", name).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(SavePlan p, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO paywall_plan (name, description, currency, monthly_amount, yearly_amount, trial_days, active,
                    monthly_price_id, yearly_price_id, created_at, modified_at)
                VALUES (:name, :description, :currency, :monthly, :yearly, :trial, :active, :monthlyPrice, :yearlyPrice,
                    :at, :at)
                """).params(params(p)).param("at", ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, SavePlan p, Instant at) {
        db.sql("""
                UPDATE paywall_plan SET name = :name, description = :description, currency = :currency,
                    monthly_amount = :monthly, yearly_amount = :yearly, trial_days = :trial, active = :active,
                    monthly_price_id = :monthlyPrice, yearly_price_id = :yearlyPrice, modified_at = :at
                WHERE id = :id
                """).params(params(p)).param("at", ts(at)).param("id", id).update();
    }

    private static Map<String, Object> params(SavePlan p) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", p.name());
        m.put("description", p.description());
        m.put("currency", p.currency());
        m.put("monthly", p.monthlyAmount());
        m.put("yearly", p.yearlyAmount());
        m.put("trial", p.trialDays());
        m.put("active", p.active());
        m.put("monthlyPrice", p.monthlyPriceId());
        m.put("yearlyPrice", p.yearlyPriceId());
        return m;
    }

    void setProduct(long id, String productId) {
        db.sql("UPDATE paywall_plan SET stripe_product_id = :product WHERE id = :id AND stripe_product_id IS NULL")
                .param("product", productId).param("id", id).update();
    }

    /** Stores a price created for the plan, unless the amount changed meanwhile (the price would be wrong). */
    void setPrice(long id, BillingInterval interval, long amount, String currency, String priceId) {
        String column = interval == BillingInterval.MONTH ? "monthly" : "yearly";
        db.sql("UPDATE paywall_plan SET " + column + "_price_id = :price WHERE id = :id AND " + column
                        + "_amount = :amount AND currency = :currency AND " + column + "_price_id IS NULL")
                .param("price", priceId).param("id", id).param("amount", amount).param("currency", currency).update();
    }

    List<Offer> offers(long planId) {
        return db.sql("SELECT " + OFFER + " FROM paywall_offer WHERE plan_id = :plan ORDER BY active DESC, id DESC")
                .param("plan", planId).query(OFFER_ROW).list();
    }

    List<Offer> activeOffers() {
        return db.sql("SELECT " + OFFER + " FROM paywall_offer WHERE active = TRUE ORDER BY id").query(OFFER_ROW).list();
    }

    long insertOffer(long planId, PlanForm.AddOffer o, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO paywall_offer (plan_id, billing_interval, intro_amount, periods, active, created_at)
                VALUES (:plan, :interval, :intro, :periods, TRUE, :at)
                """).param("plan", planId).param("interval", o.interval().wireName()).param("intro", o.introAmount())
                .param("periods", o.periods()).param("at", ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Ends the offer if it belongs to {@code planId} and is running; false otherwise. */
    boolean endOffer(long planId, long offerId, Instant at) {
        return db.sql("""
                UPDATE paywall_offer SET active = FALSE, ended_at = :at WHERE id = :id AND plan_id = :plan AND active = TRUE
                """).param("at", ts(at)).param("id", offerId).param("plan", planId).update() == 1;
    }

    /** Ends every running offer of {@code planId} sold on {@code interval}; a price change makes them wrong. */
    void endOffers(long planId, BillingInterval interval, Instant at) {
        db.sql("""
                UPDATE paywall_offer SET active = FALSE, ended_at = :at
                WHERE plan_id = :plan AND billing_interval = :interval AND active = TRUE
                """).param("at", ts(at)).param("plan", planId).param("interval", interval.wireName()).update();
    }

    void setCoupon(long offerId, String couponId) {
        db.sql("UPDATE paywall_offer SET stripe_coupon_id = :coupon WHERE id = :id AND stripe_coupon_id IS NULL")
                .param("coupon", couponId).param("id", offerId).update();
    }

    private static final RowMapper<Plan> PLAN_ROW = (rs, n) -> new Plan(rs.getLong("id"), rs.getString("name"),
            rs.getString("description"), rs.getString("currency"), rs.getObject("monthly_amount", Long.class),
            rs.getObject("yearly_amount", Long.class), rs.getInt("trial_days"), rs.getBoolean("active"),
            rs.getString("stripe_product_id"), rs.getString("monthly_price_id"), rs.getString("yearly_price_id"),
            instant(rs, "created_at"), instant(rs, "modified_at"));

    private static final RowMapper<Offer> OFFER_ROW = (rs, n) -> new Offer(rs.getLong("id"), rs.getLong("plan_id"),
            BillingInterval.parse(rs.getString("billing_interval")).orElseThrow(), rs.getLong("intro_amount"),
            rs.getInt("periods"), rs.getBoolean("active"), rs.getString("stripe_coupon_id"),
            instant(rs, "created_at"), instant(rs, "ended_at"));
}
