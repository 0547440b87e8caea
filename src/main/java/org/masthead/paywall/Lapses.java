package org.masthead.paywall;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Writes down what has run out: past-due subscriptions whose grace period ended and comps whose end date
 * passed become lapsed. Entitlements already ended at that instant ({@link EntitlementRule}); this makes the
 * state explicit for the screens and tells every node. Each row moves with a guarded update, so two runs (or
 * a Stripe event racing one) never lapse a row twice or undo a recovery.
 */
@Component
class Lapses {

    private final SubscriptionRepository subscriptions;
    private final Entitlements entitlements;
    private final Clock clock;

    Lapses(SubscriptionRepository subscriptions, Entitlements entitlements, Clock clock) {
        this.subscriptions = subscriptions;
        this.entitlements = entitlements;
        this.clock = clock;
    }

    @Transactional
    public int run() {
        Instant now = clock.instant();
        int lapsed = 0;
        for (Subscription s : subscriptions.runOut(now)) {
            Instant ended = s.state() == SubscriptionState.PAST_DUE ? s.graceUntil() : s.endsAt();
            if (subscriptions.move(s.id(), s.state(), SubscriptionState.LAPSED, ended, now)) {
                entitlements.changed(s.memberId());
                lapsed++;
            }
        }
        return lapsed;
    }
}
