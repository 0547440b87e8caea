package org.masthead.paywall;

import java.util.Locale;

/**
 * Where a subscription stands. Entitled: {@code TRIALING}, {@code ACTIVE}, {@code PAST_DUE} until its grace
 * period ends, {@code COMPED} until its end date. Not entitled: {@code INCOMPLETE} (first payment pending),
 * {@code LAPSED} (grace or comp ran out, or Stripe gave up collecting), {@code CANCELED} (ended for good).
 * The order is the order a subscription moves through, used to break ties between events of the same second.
 */
public enum SubscriptionState {
    INCOMPLETE, TRIALING, ACTIVE, COMPED, PAST_DUE, LAPSED, CANCELED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SubscriptionState parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
