package org.masthead.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The free opening above a wall: up to the n-th paragraph, never a word after it. */
class ArticleExcerptTests {

    private static final String BODY = "<figure><img src=\"/media/1/640.webp\" alt=\"A harbour\"></figure><p>One.</p>"
            + "<aside class=\"also-read\"><a href=\"/x\">Also read: X</a></aside><p>Two.</p><h2>Three</h2><p>Four.</p><p>Five.</p>";

    @Test
    void keepsTheBlocksUpToAndIncludingTheNthParagraph() {
        assertThat(ArticleExcerpt.of(BODY, 2)).isEqualTo("<figure><img src=\"/media/1/640.webp\" alt=\"A harbour\"></figure>"
                + "<p>One.</p><aside class=\"also-read\"><a href=\"/x\">Also read: X</a></aside><p>Two.</p>");
        assertThat(ArticleExcerpt.of(BODY, 1)).endsWith("<p>One.</p>").doesNotContain("Two");
    }

    @Test
    void neverTheWholeStory() {
        assertThat(ArticleExcerpt.of(BODY, 0)).isEmpty();
        assertThat(ArticleExcerpt.of("", 2)).isEmpty();
        assertThat(ArticleExcerpt.of("<p>Only.</p>", 2)).as("a one-paragraph story stays behind the wall").isEmpty();
        assertThat(ArticleExcerpt.of("<p>One.</p><p>Two.</p>", 2)).isEqualTo("<p>One.</p>");
        assertThat(ArticleExcerpt.of(BODY, 9)).endsWith("<p>Four.</p>").doesNotContain("Five");
    }
}
