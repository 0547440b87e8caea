package org.masthead.paywall;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A member's entitlement from their subscriptions at an instant. */
class EntitlementRuleTests {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static long ids;

    private static Subscription row(SubscriptionState state, String plan, Instant periodEnd, Instant grace, Instant endsAt,
                                    boolean comp, Instant modified) {
        return new Subscription(++ids, 7, 1L, plan, comp, state, comp ? null : "sub_" + ids, null, 0, periodEnd, false,
                grace, endsAt, "", modified, modified);
    }

    private static Instant in(Duration d) {
        return NOW.plus(d);
    }

    @Test
    void withoutSubscriptionsThereIsNothing() {
        assertThat(EntitlementRule.of(List.of(), NOW)).isEqualTo(Entitlement.NONE);
    }

    @Test
    void eachEntitledStateEntitlesUntilItsOwnEnd() {
        assertThat(EntitlementRule.of(List.of(row(SubscriptionState.TRIALING, "Digital", in(Duration.ofDays(14)), null,
                null, false, NOW)), NOW)).isEqualTo(new Entitlement(true, "Digital", in(Duration.ofDays(14)), "trialing"));
        assertThat(EntitlementRule.of(List.of(row(SubscriptionState.PAST_DUE, "Digital", null, in(Duration.ofHours(1)),
                null, false, NOW)), NOW)).isEqualTo(new Entitlement(true, "Digital", in(Duration.ofHours(1)), "past_due"));
        assertThat(EntitlementRule.of(List.of(row(SubscriptionState.COMPED, null, null, null, in(Duration.ofDays(3)),
                true, NOW)), NOW)).isEqualTo(new Entitlement(true, null, in(Duration.ofDays(3)), "comped"));
    }

    @Test
    void graceAndCompsEndAtTheirInstant() {
        Subscription pastDue = row(SubscriptionState.PAST_DUE, "Digital", null, NOW, null, false, NOW);
        Subscription comp = row(SubscriptionState.COMPED, "Digital", null, null, NOW, true, NOW.minusSeconds(1));
        assertThat(EntitlementRule.of(List.of(pastDue), NOW.minusMillis(1)).subscriber()).isTrue();
        assertThat(EntitlementRule.of(List.of(pastDue), NOW)).isEqualTo(new Entitlement(false, "Digital", NOW, "lapsed"));
        assertThat(EntitlementRule.of(List.of(comp), NOW)).isEqualTo(new Entitlement(false, "Digital", NOW, "lapsed"));
    }

    @Test
    void theLongestEntitlementWinsAndTheNewestEndedOneExplainsItsAbsence() {
        Subscription comp = row(SubscriptionState.COMPED, "Press", null, null, in(Duration.ofDays(30)), true, NOW);
        Subscription active = row(SubscriptionState.ACTIVE, "Digital", in(Duration.ofDays(3)), null, null, false, NOW);
        Subscription open = row(SubscriptionState.ACTIVE, "Print", null, null, null, false, NOW);
        assertThat(EntitlementRule.of(List.of(active, comp), NOW).planName()).isEqualTo("Press");
        assertThat(EntitlementRule.of(List.of(active, comp, open), NOW).planName()).isEqualTo("Print");

        Subscription oldCancel = row(SubscriptionState.CANCELED, "Digital", null, null, NOW.minus(Duration.ofDays(90)),
                false, NOW.minus(Duration.ofDays(90)));
        Subscription incomplete = row(SubscriptionState.INCOMPLETE, "Print", null, null, null, false, NOW.minusSeconds(5));
        assertThat(EntitlementRule.of(List.of(oldCancel, incomplete), NOW))
                .isEqualTo(new Entitlement(false, "Print", null, "incomplete"));
    }
}
