package org.masthead.newsletter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an SMTP server only small sends go (into the outbox); with one, any size. */
class DevSendsTests {

    @ParameterizedTest(name = "smtp={0}, candidates={1}, limit 5 -> refused={2}")
    @CsvSource({
            "true, 0, false", "true, 6, false", "true, 100000, false",
            "false, 0, false", "false, 1, false", "false, 5, false", "false, 6, true"})
    void refusesOnlyLargeSendsWithoutAServer(boolean smtp, int candidates, boolean refused) {
        var why = DevSends.refusal(smtp, candidates, 5);
        assertThat(why.isPresent()).isEqualTo(refused);
        why.ifPresent(message -> assertThat(message).contains("MASTHEAD_SMTP_HOST", "at most 5", "nothing was sent"));
    }
}
