package org.masthead.site;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTests {

    @Test
    void showsTimesInThePublicationZoneWithItsAbbreviation() {
        Times times = new Times(ZoneId.of("Asia/Kolkata"), Locale.UK);
        Times.Shown s = times.shown(Instant.parse("2022-01-07T14:48:00Z"));
        assertThat(s.text()).isEqualTo("7 January 2022, 8:18 pm IST");
        assertThat(s.iso()).isEqualTo("2022-01-07T20:18:00+05:30");
    }

    @Test
    void followsSummerTime() {
        Times london = new Times(ZoneId.of("Europe/London"), Locale.UK);
        assertThat(london.shown(Instant.parse("2026-07-01T09:05:00Z")).text()).isEqualTo("1 July 2026, 10:05 am BST");
        assertThat(london.shown(Instant.parse("2026-12-01T09:05:00Z")).text()).isEqualTo("1 December 2026, 9:05 am GMT");
    }
}
