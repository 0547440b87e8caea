package org.masthead.paywall;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.content.AccessLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets an article whole by e-mail: subscriber or not × every access level. */
class EmailAccessTests {

    @ParameterizedTest(name = "subscriber={0}, {1} → whole text {2}")
    @CsvSource({
            "true,  FREE,    true",
            "true,  METERED, true",
            "true,  PREMIUM, true",
            "false, FREE,    true",
            "false, METERED, false",
            "false, PREMIUM, false",
    })
    void onlyFreeArticlesGoWholeToReadersWhoAreNotSubscribers(boolean subscriber, AccessLevel level, boolean whole) {
        assertThat(EmailAccess.wholeText(subscriber, level)).isEqualTo(whole);
    }
}
