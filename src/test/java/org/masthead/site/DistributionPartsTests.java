package org.masthead.site;

import org.junit.jupiter.api.Test;
import org.masthead.content.AccessLevel;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure parts of feeds and sitemaps: dates, language codes, XML-safe text, absolute links, full text. */
class DistributionPartsTests {

    @Test
    void w3cDatetimesCarrySecondsAndTheZoneOffset() {
        Instant at = Instant.parse("2026-01-07T14:48:00.987654Z");
        assertThat(W3cDateTime.format(at, ZoneId.of("Asia/Kolkata"))).isEqualTo("2026-01-07T20:18:00+05:30");
        assertThat(W3cDateTime.format(at, ZoneId.of("UTC"))).isEqualTo("2026-01-07T14:48:00Z");
        assertThat(W3cDateTime.format(at, ZoneId.of("America/St_Johns"))).isEqualTo("2026-01-07T11:18:00-03:30");
    }

    @Test
    void newsLanguageIsTheIso639CodeOfTheSiteLanguage() {
        assertThat(NewsLanguage.of("en-GB")).isEqualTo("en");
        assertThat(NewsLanguage.of("de")).isEqualTo("de");
        assertThat(NewsLanguage.of("pt-BR")).isEqualTo("pt");
        assertThat(NewsLanguage.of("fil-PH")).isEqualTo("fil");
        assertThat(NewsLanguage.of("zh-Hans-CN")).isEqualTo("zh-cn");
        assertThat(NewsLanguage.of("zh-TW")).isEqualTo("zh-tw");
        assertThat(NewsLanguage.of("zh-Hant-HK")).isEqualTo("zh-tw");
        assertThat(NewsLanguage.of("zh")).isEqualTo("zh-cn");
        assertThatThrownBy(() -> NewsLanguage.of("not a tag")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("masthead.publication.language");
    }

    @Test
    void xmlTextDropsWhatXmlCannotCarryAndKeepsEverythingElse() {
        assertThat(XmlText.clean("a\u0000b\u0001c\u000Bd\uFFFEe\uD800f")).isEqualTo("abcdef");
        assertThat(XmlText.clean("tab\there\nline\r — “quotes” 🐟")).isEqualTo("tab\there\nline\r — “quotes” 🐟");
        assertThat(XmlText.clean(null)).isEmpty();
    }

    @Test
    void absoluteLinksResolveAgainstTheArticleAndLeaveTheRestAlone() {
        String html = "<p><a href=\"/world\">World</a> <a href=\"#notes\">notes</a> "
                + "<a href=\"mailto:desk@example.org\">desk</a> <a href=\"https://other.example/x\">x</a></p>"
                + "<figure><img src=\"/media/4/640.jpg\" alt=\"A &amp; B\"></figure>";
        String out = AbsoluteLinks.in(html, "https://news.example.org/world/2026/01/07/story");
        assertThat(out).contains("href=\"https://news.example.org/world\"",
                "href=\"https://news.example.org/world/2026/01/07/story#notes\"", "href=\"mailto:desk@example.org\"",
                "href=\"https://other.example/x\"", "src=\"https://news.example.org/media/4/640.jpg\"", "alt=\"A &amp; B\"");
    }

    @Test
    void onlyFreeArticlesCarryTheirFullTextAndOnlyWhenFeedsAreFullText() {
        for (AccessLevel access : AccessLevel.values()) {
            assertThat(FeedFullText.carries(true, access)).as(access + " with full-text feeds").isEqualTo(access == AccessLevel.FREE);
            assertThat(FeedFullText.carries(false, access)).as(access + " with summary feeds").isFalse();
        }
    }
}
