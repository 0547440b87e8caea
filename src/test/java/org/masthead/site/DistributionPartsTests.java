package org.masthead.site;

import org.junit.jupiter.api.Test;
import org.masthead.content.AccessLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure parts of feeds: XML-safe text, absolute links, full text. */
class DistributionPartsTests {

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
