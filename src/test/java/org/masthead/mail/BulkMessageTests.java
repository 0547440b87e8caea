package org.masthead.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bulk message refuses, before anything is written, every header value that could start a header of its own. */
class BulkMessageTests {

    private static final String INJECTED = "Hello\r\nBcc: victim@example.org";

    @ParameterizedTest
    @ValueSource(strings = {"subject", "fromName", "fromAddress", "replyTo", "to"})
    void aLineBreakInAnyHeaderValueIsRefused(String field) {
        assertThatThrownBy(() -> with(field, INJECTED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + ":");
        assertThatThrownBy(() -> with(field, "Hello\nBcc: victim@example.org")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listHeadersTakeOnlyCheckedUrisAndIds() {
        assertThatThrownBy(() -> new BulkMessage("a@example.org", "b@example.org", "B", null, "S", "t", null, "<1@x.org>",
                Instant.now(), List.of("https://x.org/u>\r\nBcc: v@example.org"), true, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BulkMessage("a@example.org", "b@example.org", "B", null, "S", "t", null, "<1@x.org>",
                Instant.now(), List.of("javascript:alert(1)"), false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BulkMessage("a@example.org", "b@example.org", "B", null, "S", "t", null, "<1@x.org>",
                Instant.now(), List.of("mailto:u@x.org"), true, null))
                .as("one-click needs an https URI").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BulkMessage("a@example.org", "b@example.org", "B", null, "S", "t", null, "<1@x.org>",
                Instant.now(), List.of(), false, "list.x.org>\r\nBcc: v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BulkMessage("a@example.org", "b@example.org", "B", null, "S", "t", null,
                "<1@x.org>\r\nBcc: v@x.org", Instant.now(), List.of(), false, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrdinaryMessageIsAccepted() {
        BulkMessage m = with("subject", "Grüße — the “harbour” reopens");
        assertThat(m.subject()).isEqualTo("Grüße — the “harbour” reopens");
    }

    private static BulkMessage with(String field, String value) {
        return new BulkMessage(field.equals("to") ? value : "reader@example.org",
                field.equals("fromAddress") ? value : "briefing@example.org",
                field.equals("fromName") ? value : "Briefing",
                field.equals("replyTo") ? value : null,
                field.equals("subject") ? value : "Subject", "Text", null, "<1@example.org>", Instant.now(),
                List.of("https://example.org/u/1"), true, "briefing.example.org");
    }
}
