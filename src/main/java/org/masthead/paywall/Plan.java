package org.masthead.paywall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscription plan: a name, a monthly and/or a yearly price in one currency (minor units), free trial days,
 * and the Stripe objects that sell it. Inactive plans are not offered; their subscribers keep them.
 */
public record Plan(long id, String name, String description, String currency, Long monthlyAmount, Long yearlyAmount,
                   int trialDays, boolean active, String stripeProductId, String monthlyPriceId,
                   String yearlyPriceId, Instant createdAt, Instant modifiedAt) {

    /** The price per period of {@code interval}, or null when the plan is not sold that way. */
    public Long amount(BillingInterval interval) {
        return interval == BillingInterval.MONTH ? monthlyAmount : yearlyAmount;
    }

    public String priceId(BillingInterval interval) {
        return interval == BillingInterval.MONTH ? monthlyPriceId : yearlyPriceId;
    }

    /** The intervals the plan is sold for, monthly first. */
    public List<BillingInterval> intervals() {
        List<BillingInterval> out = new ArrayList<>();
        for (BillingInterval i : BillingInterval.values()) {
            if (amount(i) != null) {
                out.add(i);
            }
        }
        return out;
    }
}
