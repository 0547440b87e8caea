package org.masthead.paywall;

import java.time.Instant;

/** The state a Stripe event gives a subscription, with the event's {@code created} second as its version. */
record StripeState(SubscriptionState state, long version, Instant periodEnd, boolean cancelAtPeriodEnd,
                   Instant graceUntil, Instant endsAt) {
}
