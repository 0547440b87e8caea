package org.masthead.paywall;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A member's entitlement from their subscriptions at {@code now}: the entitled subscription that lasts longest
 * wins; without one, the most recent subscription says why not (lapsed, canceled). Grace periods and comps
 * end here, at the instant they end, whether or not the lapse job has run yet. Pure.
 */
final class EntitlementRule {

    private EntitlementRule() {
    }

    static Entitlement of(List<Subscription> subscriptions, Instant now) {
        return subscriptions.stream().filter(s -> entitled(s, now))
                .max(Comparator.comparing(s -> until(s) == null ? Instant.MAX : until(s)))
                .map(s -> new Entitlement(true, s.planName(), until(s), s.state().wireName()))
                .orElseGet(() -> subscriptions.stream().max(Comparator.comparing(Subscription::modifiedAt)
                                .thenComparing(Subscription::id))
                        .map(s -> new Entitlement(false, s.planName(), ended(s), shownState(s)))
                        .orElse(Entitlement.NONE));
    }

    static boolean entitled(Subscription s, Instant now) {
        return switch (s.state()) {
            case TRIALING, ACTIVE -> true;
            case PAST_DUE -> s.graceUntil() != null && now.isBefore(s.graceUntil());
            case COMPED -> s.endsAt() != null && now.isBefore(s.endsAt());
            default -> false;
        };
    }

    private static Instant until(Subscription s) {
        return switch (s.state()) {
            case PAST_DUE -> s.graceUntil();
            case COMPED -> s.endsAt();
            default -> s.currentPeriodEnd();
        };
    }

    private static Instant ended(Subscription s) {
        return switch (s.state()) {
            case PAST_DUE -> s.graceUntil();
            case COMPED, LAPSED, CANCELED -> s.endsAt();
            default -> null;
        };
    }

    /** A grace period or comp that ran out is lapsed, even before the job writes it down. */
    private static String shownState(Subscription s) {
        boolean ranOut = s.state() == SubscriptionState.PAST_DUE || s.state() == SubscriptionState.COMPED;
        return ranOut ? SubscriptionState.LAPSED.wireName() : s.state().wireName();
    }
}
