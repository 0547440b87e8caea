package org.masthead.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleBodyTests {

    @Test
    void keepsTheAllowedSubset() {
        String html = "<h2>Sub</h2><p>A <strong>b</strong> <em>c</em> <a href=\"https://example.org/x\">d</a></p>"
                + "<ul><li>one</li></ul><blockquote><p>quote</p></blockquote>";
        ArticleBody.Clean c = ArticleBody.sanitize(html);
        assertThat(c.html()).isEqualTo(html);
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void removesScriptsHandlersAndJavascriptLinksAndSaysSo() {
        ArticleBody.Clean c = ArticleBody.sanitize(
                "<p style=\"color:red\" onmouseover=\"x()\">hi<script>bad()</script></p><a href=\"javascript:alert(1)\">x</a><h1>Big</h1>");
        assertThat(c.html()).doesNotContain("script", "onmouseover", "javascript", "style", "<h1>");
        assertThat(c.html()).contains("<p>hi</p>", "Big");
        assertThat(c.removed()).contains("<script>", "onmouseover on <p>", "style on <p>", "href on <a>", "<h1>");
    }

    @Test
    void keepsEmbedsOnlyFromAllowListedHosts() {
        ArticleBody.Clean c = ArticleBody.sanitize(
                "<iframe src=\"https://www.youtube-nocookie.com/embed/abc123\"></iframe><iframe src=\"https://evil.example/x\"></iframe>");
        assertThat(c.html()).contains("youtube-nocookie.com/embed/abc123").doesNotContain("evil");
        assertThat(c.removed()).contains("embed from https://evil.example/x");
    }

    @Test
    void aSavedEmbedPassesAgainUnchangedAndUnreported() {
        String saved = ArticleBody.sanitize("<iframe src=\"https://player.vimeo.com/video/76979871\" title=\"Tide\" "
                + "loading=\"eager\" referrerpolicy=\"unsafe-url\"></iframe>").html();
        assertThat(saved).isEqualTo("<iframe src=\"https://player.vimeo.com/video/76979871\" title=\"Tide\" loading=\"lazy\" "
                + "referrerpolicy=\"strict-origin\" allowfullscreen></iframe>");
        ArticleBody.Clean again = ArticleBody.sanitize(saved);
        assertThat(again.html()).isEqualTo(saved);
        assertThat(again.removed()).isEmpty();
    }

    @Test
    void relatedBlocksBecomeEmptyPlaceholdersAndAreCollected() {
        ArticleBody.Clean c = ArticleBody.sanitize("<p>a</p><aside data-related=\"42\">old headline</aside><aside data-related=\"x\"></aside>");
        assertThat(c.html()).isEqualTo("<p>a</p><aside data-related=\"42\"></aside>");
        assertThat(c.relatedIds()).containsExactly(42L);
        assertThat(c.removed()).contains("related block without an article id");
    }

    @Test
    void galleriesCountTheirFiguresAndFiguresKeepCaptionAndCredit() {
        ArticleBody.Clean c = ArticleBody.sanitize("<div class=\"gallery wide\"><figure><img src=\"/media/1/640.jpg\" alt=\"a\">"
                + "<figcaption>One <span class=\"credit\">Photo: A</span></figcaption></figure><figure><img src=\"/media/2/640.jpg\" alt=\"b\"></figure></div>");
        assertThat(c.html()).contains("<div class=\"gallery\" data-count=\"2\">", "<span class=\"credit\">Photo: A</span>", "src=\"/media/1/640.jpg\"");
        assertThat(c.html()).contains("<figcaption data-index=\"1\" data-count=\"2\">One",
                "<figcaption data-index=\"2\" data-count=\"2\"></figcaption>");
        assertThat(c.removed()).as("nothing a reader would miss").isEmpty();
    }

    @Test
    void aSavedGalleryRoundTripsUnchangedAndRenumbersWhenReordered() {
        String saved = ArticleBody.sanitize("<div class=\"gallery\"><figure><img src=\"/media/1/640.jpg\" alt=\"a\">"
                + "<figcaption>One</figcaption></figure><figure><img src=\"/media/2/640.jpg\" alt=\"b\">"
                + "<figcaption>Two</figcaption></figure></div>").html();
        ArticleBody.Clean again = ArticleBody.sanitize(saved);
        assertThat(again.html()).isEqualTo(saved);
        assertThat(again.removed()).isEmpty();
        String reordered = ArticleBody.sanitize(saved.replace("<figure><img src=\"/media/1/640.jpg\" alt=\"a\"><figcaption data-index=\"1\" data-count=\"2\">One</figcaption></figure>", "")
                + "").html();
        assertThat(reordered).contains("<figcaption data-index=\"1\" data-count=\"1\">Two</figcaption>");
    }
}
