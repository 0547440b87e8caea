package org.masthead.paywall;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.paywall.SubscriptionState.*;

/** Which Stripe event may overwrite a stored state: newer wins, ties go forward, canceled stays canceled. */
class StateRuleTests {

    @ParameterizedTest(name = "stored {0}@{1}, incoming {2}@{3} -> {4}")
    @CsvSource({
            "ACTIVE, 100, PAST_DUE, 101, true",
            "PAST_DUE, 101, ACTIVE, 100, false",
            "PAST_DUE, 100, ACTIVE, 102, true",
            "INCOMPLETE, 100, ACTIVE, 100, true",
            "ACTIVE, 100, INCOMPLETE, 100, false",
            "TRIALING, 100, ACTIVE, 100, true",
            "ACTIVE, 100, ACTIVE, 100, true",
            "LAPSED, 100, ACTIVE, 101, true",
            "LAPSED, 100, ACTIVE, 99, false",
            "CANCELED, 100, ACTIVE, 200, false",
            "CANCELED, 100, CANCELED, 200, false",
            "ACTIVE, 0, CANCELED, 1, true",
    })
    void newerEventsWinAndTiesMoveForward(SubscriptionState stored, long storedAt, SubscriptionState incoming,
                                          long incomingAt, boolean applies) {
        assertThat(StateRule.applies(stored, storedAt, incoming, incomingAt)).isEqualTo(applies);
    }

    @Test
    void stripeStatusesMapToStates() {
        assertThat(StateRule.fromStripe("trialing")).isEqualTo(TRIALING);
        assertThat(StateRule.fromStripe("active")).isEqualTo(ACTIVE);
        assertThat(StateRule.fromStripe("past_due")).isEqualTo(PAST_DUE);
        assertThat(StateRule.fromStripe("unpaid")).isEqualTo(LAPSED);
        assertThat(StateRule.fromStripe("paused")).isEqualTo(LAPSED);
        assertThat(StateRule.fromStripe("canceled")).isEqualTo(CANCELED);
        assertThat(StateRule.fromStripe("incomplete_expired")).isEqualTo(CANCELED);
        assertThat(StateRule.fromStripe("incomplete")).isEqualTo(INCOMPLETE);
        assertThat(StateRule.fromStripe("something new")).isEqualTo(INCOMPLETE);
    }
}
