package org.masthead.paywall;

import org.masthead.members.MemberDataExport;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The "subscriptions" section of a member's data download: each subscription's plan, source, state and dates,
 * oldest first. Nothing of Stripe's (customer and subscription ids, keys) and no staff notes: those identify
 * the paper's accounts, not the reader.
 */
@Component
class SubscriptionData implements MemberDataExport {

    /** One subscription as the reader downloads it; times ISO 8601, absent when unknown. */
    record Item(String plan, String source, String state, String startedAt, String paidUntil, boolean cancelsAtPeriodEnd,
                String graceUntil, String endsAt) { }

    private final SubscriptionRepository subscriptions;

    SubscriptionData(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String section() {
        return "subscriptions";
    }

    @Override
    public List<Item> export(long memberId) {
        return subscriptions.forMember(memberId).stream().map(s -> new Item(s.planName(),
                s.comp() ? "granted" : "stripe", s.state().wireName(), iso(s.createdAt()), iso(s.currentPeriodEnd()),
                s.cancelAtPeriodEnd(), iso(s.graceUntil()), iso(s.endsAt()))).toList();
    }

    private static String iso(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
