package org.masthead.paywall;

import java.util.Locale;

/**
 * Which Stripe event may set a subscription's state. Stripe does not deliver events in order, and a retried
 * delivery can arrive days late, so each row keeps the {@code created} second of the newest event applied and:
 * <ol>
 * <li>a subscription that Stripe ended ({@code canceled}) stays ended: Stripe never revives one;</li>
 * <li>an event created later than the stored one applies, an earlier one does not;</li>
 * <li>between events of the same second, the one further along the life cycle wins
 *     ({@link SubscriptionState} order: incomplete, trialing, active, past due, lapsed, canceled).</li>
 * </ol>
 * Rejected: fetching the subscription from Stripe on every event (always current, but a network call inside
 * the webhook and a dependence on Stripe being up to accept its own deliveries). Pure.
 */
final class StateRule {

    private StateRule() {
    }

    static boolean applies(SubscriptionState stored, long storedVersion, SubscriptionState incoming, long incomingVersion) {
        if (stored == SubscriptionState.CANCELED) {
            return false;
        }
        if (incomingVersion != storedVersion) {
            return incomingVersion > storedVersion;
        }
        return incoming.ordinal() >= stored.ordinal();
    }

    /** Stripe's subscription status in our states. */
    static SubscriptionState fromStripe(String status) {
        return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "trialing" -> SubscriptionState.TRIALING;
            case "active" -> SubscriptionState.ACTIVE;
            case "past_due" -> SubscriptionState.PAST_DUE;
            case "unpaid", "paused" -> SubscriptionState.LAPSED;
            case "canceled", "incomplete_expired" -> SubscriptionState.CANCELED;
            default -> SubscriptionState.INCOMPLETE;
        };
    }
}
