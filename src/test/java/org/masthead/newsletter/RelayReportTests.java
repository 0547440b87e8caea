package org.masthead.newsletter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documented shape of a relay's report, and what is refused (the whole body, for any bad event). */
class RelayReportTests {

    @Test
    void readsOneEventOrAnArray() {
        assertThat(RelayReport.parse(bytes("""
                {"type":"bounce","email":" Ann@Example.org ","permanent":true,"reason":"550 5.1.1 no such user",
                 "occurredAt":"2026-11-30T06:31:00Z"}""")))
                .containsExactly(new RelayReport("bounce", "Ann@Example.org", true, "550 5.1.1 no such user",
                        Instant.parse("2026-11-30T06:31:00Z")));
        assertThat(RelayReport.parse(bytes("""
                [{"type":"complaint","email":"ben@example.org"},{"type":"bounce","email":"cat@example.org"}]""")))
                .extracting(RelayReport::complaint, RelayReport::permanent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false), org.assertj.core.groups.Tuple.tuple(false, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json", "[]", "\"bounce\"", "{\"type\":\"spam\",\"email\":\"a@example.org\"}",
            "{\"type\":\"bounce\",\"email\":\"not an address\"}", "{\"type\":\"bounce\"}",
            "{\"type\":\"bounce\",\"email\":\"a@example.org\",\"permanent\":\"yes\"}",
            "{\"type\":\"bounce\",\"email\":\"a@example.org\",\"occurredAt\":\"yesterday\"}",
            "{\"type\":\"bounce\",\"email\":\"a@example.org\",\"extra\":1}",
            "[{\"type\":\"complaint\",\"email\":\"a@example.org\"},{\"type\":\"bounce\",\"email\":\"x\"}]"})
    void refusesAnythingElseWholly(String body) {
        assertThatThrownBy(() -> RelayReport.parse(bytes(body))).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
