package org.masthead.paywall;

import java.time.Instant;

/**
 * One subscription of a member: from Stripe ({@code stripeSubscriptionId} set) or granted by hand
 * ({@code comp}, until {@code endsAt}). {@code stripeVersion} is the {@code created} second of the newest Stripe
 * event applied; {@code graceUntil} the end of a past-due subscription's grace period.
 */
record Subscription(long id, long memberId, Long planId, String planName, boolean comp, SubscriptionState state,
                    String stripeSubscriptionId, String stripeCustomerId, long stripeVersion, Instant currentPeriodEnd,
                    boolean cancelAtPeriodEnd, Instant graceUntil, Instant endsAt, String note, Instant createdAt,
                    Instant modifiedAt) {
}
