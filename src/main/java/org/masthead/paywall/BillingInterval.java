package org.masthead.paywall;

import java.util.Locale;
import java.util.Optional;

/** How often a plan is paid for; the wire name is Stripe's {@code recurring.interval}. */
public enum BillingInterval {
    MONTH, YEAR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BillingInterval> parse(String s) {
        for (BillingInterval i : values()) {
            if (i.wireName().equals(s)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
