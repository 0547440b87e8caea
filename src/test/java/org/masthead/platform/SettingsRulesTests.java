package org.masthead.platform;

import org.junit.jupiter.api.Test;
import org.masthead.platform.PublicationProperties.FooterLink;
import org.masthead.platform.PublicationSettings.FooterRow;
import org.masthead.platform.PublicationSettings.NavRow;
import org.masthead.platform.PublicationSettings.Save;
import org.masthead.platform.PublicationSettings.Values;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsRulesTests {

    private static Save save(String zone, String language, List<FooterRow> footer) {
        return new Save("The Harbour Gazette", " Local news ", "", zone, language, List.of(), List.of(), footer, Map.of());
    }

    private static List<String> fields(Save s) {
        try {
            SettingsRules.check(s, id -> id == 7);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
        }
    }

    @Test
    void acceptsRegionTimeZonesAndWellFormedLanguagesInTheirCanonicalCase() {
        Values v = SettingsRules.check(save("Europe/Berlin", "de-at", List.of()), id -> false);
        assertThat(v.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(v.language()).isEqualTo("de-AT");
        assertThat(v.description()).isEqualTo("Local news");
        assertThat(SettingsRules.language("pt-BR")).isEqualTo("pt-BR");
        assertThat(SettingsRules.language("es-419")).isEqualTo("es-419");
        assertThat(SettingsRules.language("zh-Hant-TW")).isEqualTo("zh-Hant-TW");
    }

    @Test
    void refusesUnknownTimeZonesAndLanguagesNamingEachField() {
        assertThat(fields(save("Mars/Olympus", "en-GB", List.of()))).containsExactly("timeZone");
        assertThat(fields(save("+05:30", "en-GB", List.of()))).containsExactly("timeZone");
        assertThat(fields(save("UTC", "english", List.of()))).containsExactly("language");
        assertThat(fields(save("UTC", "en_GB", List.of()))).containsExactly("language");
        assertThat(fields(save("UTC", "klingon-ish", List.of()))).containsExactly("language");
        assertThat(fields(save("UTC", "xx-GB", List.of()))).containsExactly("language");
        assertThat(fields(save("UTC", "en-QQ", List.of()))).containsExactly("language");
        assertThat(fields(save("nowhere", "", List.of()))).containsExactly("timeZone", "language");
        assertThat(fields(new Save(" ", "", "12", "UTC", "en", List.of(), List.of(), List.of(), Map.of())))
                .containsExactly("name", "logo");
    }

    @Test
    void footerLinksAreWebAddressesOrSitePathsAndKeepTheirPlaces() {
        assertThat(fields(save("UTC", "en", List.of(new FooterRow("Bad", "javascript:alert(1)", ""),
                new FooterRow("Other site", "//evil.example/x", ""), new FooterRow("Mail", "mailto:a@b.example", ""),
                new FooterRow("", "/about", ""), new FooterRow("Place", "/ok", "first")))))
                .containsExactly("footer-0-url", "footer-1-url", "footer-2-url", "footer-3-label", "footer-4-order");

        Values v = SettingsRules.check(save("UTC", "en", List.of(new FooterRow("About us", "/about", "2"),
                new FooterRow("", "", ""), new FooterRow("Contact", "https://example.org/contact", "1"),
                new FooterRow("Jobs", "http://jobs.example.org", ""))), id -> false);
        assertThat(v.footerLinks()).containsExactly(new FooterLink("Contact", "https://example.org/contact"),
                new FooterLink("About us", "/about"), new FooterLink("Jobs", "http://jobs.example.org"));
    }

    @Test
    void socialProfilesAreHttpsAddressesInTheNetworksOrder() {
        Save s = new Save("Paper", "", "7", "UTC", "en", List.of(), List.of(), List.of(),
                Map.of(SocialNetwork.YOUTUBE, "https://www.youtube.com/@paper", SocialNetwork.BLUESKY,
                        "https://bsky.app/profile/paper.example", SocialNetwork.X, " "));
        Values v = SettingsRules.check(s, id -> id == 7);
        assertThat(v.logoMediaId()).isEqualTo(7L);
        assertThat(v.socialProfiles()).extracting(SocialProfile::label).containsExactly("Bluesky", "YouTube");
        assertThat(fields(new Save("Paper", "", "", "UTC", "en", List.of(), List.of(), List.of(),
                Map.of(SocialNetwork.MASTODON, "@paper@mastodon.social")))).containsExactly("social-mastodon");
    }

    @Test
    void aNavigationInTheSectionsOwnOrderWithAllShownIsNotKept() {
        List<Long> order = List.of(3L, 1L, 2L);
        Save same = new Save("Paper", "", "", "UTC", "en", List.of(new NavRow(3, true, "1"), new NavRow(1, true, "2"),
                new NavRow(2, true, "3")), order, List.of(), Map.of());
        assertThat(SettingsRules.check(same, id -> false).navigation()).isEmpty();

        Save moved = new Save("Paper", "", "", "UTC", "en", List.of(new NavRow(3, true, "1"), new NavRow(1, false, "2"),
                new NavRow(2, true, "0")), order, List.of(), Map.of());
        assertThat(SettingsRules.check(moved, id -> false).navigation()).containsExactly(
                new SectionNavigation.Entry(2, true), new SectionNavigation.Entry(3, true), new SectionNavigation.Entry(1, false));
    }
}
