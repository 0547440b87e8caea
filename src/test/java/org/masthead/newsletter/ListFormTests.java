package org.masthead.newsletter;

import org.junit.jupiter.api.Test;
import org.masthead.platform.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list form's rules, without Spring: what is typed becomes a list, or every wrong field is named. */
class ListFormTests {

    private static Map<String, String> typed(String... pairs) {
        Map<String, String> m = new HashMap<>(Map.of("name", "Morning Briefing", "slug", "", "description", "Daily news",
                "kind", "news", "cadence", "weekly", "sendTime", "7:00", "sendDay", "monday", "senderName", "The Herald",
                "senderAddress", "news@example.org", "audience", "everyone"));
        m.put("replyTo", "");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Map<String, String> errors(Map<String, String> typed, List<String> sections) {
        try {
            ListForm.parse(typed, sections, Set.of(1L, 2L));
            return Map.of();
        } catch (InvalidInputException e) {
            Map<String, String> out = new HashMap<>();
            e.errors().forEach(f -> out.putIfAbsent(f.field(), f.message()));
            return out;
        }
    }

    @Test
    void aWeeklyDigestIsReadWithItsSlugMadeFromTheName() {
        SaveList l = ListForm.parse(typed(), List.of("2", "1", "2"), Set.of(1L, 2L));
        assertThat(l.slug()).isEqualTo("morning-briefing");
        assertThat(l.sendTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(l.sendDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(l.sectionIds()).containsExactly(2L, 1L);
        assertThat(l.replyTo()).isNull();
    }

    @Test
    void aManualListKeepsNoTimeDaysOrSectionsRequirement() {
        SaveList l = ListForm.parse(typed("cadence", "manual", "sendTime", "", "sendDay", ""), List.of(), Set.of());
        assertThat(l.sendTime()).isNull();
        assertThat(l.sendDay()).isNull();
    }

    @Test
    void lineBreaksAndControlCharactersAreRefusedInEveryNameAndAddress() {
        Map<String, String> e = errors(typed("name", "Briefing\r\nBcc: victim@example.org",
                "senderName", "Herald\nX-Injected: yes", "senderAddress", "news@example.org\r\nBcc: a@example.org",
                "replyTo", "reply@example.org\u0000"), List.of("1"));
        assertThat(e).containsKeys("name", "senderName", "senderAddress", "replyTo");
        assertThat(e.get("senderName")).contains("control characters");
        assertThat(errors(typed("senderName", "Herald\tDesk"), List.of("1"))).containsKey("senderName");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        Map<String, String> e = errors(typed("name", "", "slug", "Not A Slug", "kind", "spam", "cadence", "weekly",
                "sendTime", "25:99", "sendDay", "someday", "senderAddress", "nobody", "replyTo", "x@y", "audience", "vip"),
                List.of("9"));
        assertThat(e).containsOnlyKeys("name", "slug", "kind", "sendTime", "sendDay", "senderAddress", "replyTo",
                "audience", "sections");
        assertThat(e.get("sendTime")).contains("06:30");
        assertThat(e.get("sections")).contains("no longer exists");
    }

    @Test
    void digestsNeedTimeAndSectionsAndOffersAreSentByHand() {
        assertThat(errors(typed("cadence", "daily", "sendTime", ""), List.of())).containsKeys("sendTime", "sections");
        assertThat(errors(typed("kind", "offers", "cadence", "daily"), List.of("1"))).containsKey("cadence");
        assertThat(errors(typed("description", "Line one\nLine two"), List.of("1"))).isEmpty();
    }

    @Test
    void aSavedListShowsAgainAsItWasTyped() {
        SaveList l = ListForm.parse(typed("replyTo", "desk@example.org"), List.of("1"), Set.of(1L));
        NewsletterList saved = new NewsletterList(5, l.slug(), l.name(), l.description(), l.kind(), l.cadence(),
                l.sendTime(), l.sendDay(), l.senderName(), l.senderAddress(), l.replyTo(), l.audience(), l.sectionIds(), false);
        assertThat(ListForm.values(saved)).containsEntry("sendTime", "07:00").containsEntry("sendDay", "monday")
                .containsEntry("kind", "news").containsEntry("replyTo", "desk@example.org");
    }
}
