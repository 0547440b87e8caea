package org.masthead.paywall;

import java.time.Instant;
import java.util.Locale;

/**
 * An introductory price: the first {@code periods} billing periods of {@code interval} cost {@code introAmount}
 * each (minor units of the plan's currency), e.g. "first 3 months for £1". Sold as a Stripe coupon that takes
 * the difference off the regular price for that many months.
 */
public record Offer(long id, long planId, BillingInterval interval, long introAmount, int periods, boolean active,
                    String stripeCouponId, Instant createdAt, Instant endedAt) {

    /** "First 3 months for £1 a month", "First year free": the offer in the reader's words. */
    public String describe(Plan plan, Locale locale) {
        String unit = interval == BillingInterval.MONTH ? "month" : "year";
        String span = periods == 1 ? "First " + unit : "First " + periods + " " + unit + "s";
        if (introAmount == 0) {
            return span + " free";
        }
        return span + " for " + Money.format(introAmount, plan.currency(), locale) + (periods > 1 ? " a " + unit : "");
    }

    /** Months the coupon lasts: Stripe counts a repeating coupon's duration in months whatever the interval. */
    int months() {
        return interval == BillingInterval.MONTH ? periods : periods * 12;
    }
}
