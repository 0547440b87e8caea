package org.masthead.paywall;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.ts;

/** Members' Stripe customers: the first one Stripe made for a member is theirs for the portal and later checkouts. */
@Repository
class CustomerRepository {

    private final JdbcClient db;

    CustomerRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<String> customerOf(long memberId) {
        return db.sql("SELECT stripe_customer_id FROM paywall_customer WHERE member_id = :member")
                .param("member", memberId).query(String.class).optional();
    }

    Optional<Long> memberOf(String customerId) {
        return db.sql("SELECT member_id FROM paywall_customer WHERE stripe_customer_id = :customer")
                .param("customer", customerId).query(Long.class).optional();
    }

    /** Forgets the member's Stripe customer (their account was deleted). */
    void forget(long memberId) {
        db.sql("DELETE FROM paywall_customer WHERE member_id = :member").param("member", memberId).update();
    }

    /**
     * Keeps the pair unless the member or the customer is already known. Written without an upsert so one
     * statement serves both databases; two deliveries racing here fail one transaction, and Stripe retries it.
     */
    void remember(long memberId, String customerId, Instant at) {
        db.sql("""
                INSERT INTO paywall_customer (member_id, stripe_customer_id, created_at)
                SELECT :member, :customer, :at FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM paywall_customer WHERE member_id = :member OR stripe_customer_id = :customer)
                """).param("member", memberId).param("customer", customerId).param("at", ts(at)).update();
    }
}
