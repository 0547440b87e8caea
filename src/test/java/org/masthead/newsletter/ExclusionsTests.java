package org.masthead.newsletter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Who still receives an issue when their batch goes, as a table: the first reason that applies wins. */
class ExclusionsTests {

    @ParameterizedTest(name = "{0}: exists={1} audience={2} subscribersOnly={3} subscriber={4} suppressed={5} -> {6}")
    @CsvSource({
            "NEWS,   true,  true,  false, false, false, ",
            "NEWS,   true,  true,  true,  true,  false, ",
            "OFFERS, true,  true,  false, false, false, ",
            "NEWS,   false, true,  false, false, false, MEMBER_DELETED",
            "NEWS,   false, false, true,  false, true,  MEMBER_DELETED",
            "NEWS,   true,  false, false, false, false, UNSUBSCRIBED",
            "NEWS,   true,  false, true,  false, true,  UNSUBSCRIBED",
            "OFFERS, true,  false, false, false, false, NO_OFFERS_CONSENT",
            "NEWS,   true,  true,  true,  false, false, NOT_A_SUBSCRIBER",
            "NEWS,   true,  true,  true,  false, true,  NOT_A_SUBSCRIBER",
            "NEWS,   true,  true,  false, false, true,  SUPPRESSED",
            "NEWS,   true,  true,  true,  true,  true,  SUPPRESSED",
            "OFFERS, true,  true,  false, true,  true,  SUPPRESSED"})
    void decides(ListKind kind, boolean exists, boolean inAudience, boolean subscribersOnly, boolean subscriber,
                 boolean suppressed, Reason expected) {
        assertThat(Exclusions.reason(kind, new Exclusions.Facts(exists, inAudience, subscribersOnly, subscriber, suppressed)))
                .isEqualTo(Optional.ofNullable(expected));
    }
}
