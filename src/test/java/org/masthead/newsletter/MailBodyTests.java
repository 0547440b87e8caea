package org.masthead.newsletter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An article body made fit for mail clients: styled inline, absolute, pictures sized and described. */
class MailBodyTests {

    private static final String BODY = "<p>The <a href=\"/world/2026/11/30/x\">council</a> met. "
            + "<a href=\"mailto:desk@example.org\">Write to us</a>.</p>"
            + "<figure><img src=\"/media/4/1280.jpg\" alt=\"\" width=\"1280\" height=\"720\" data-media-id=\"4\">"
            + "<figcaption>The harbour at dawn <span class=\"credit\">Photo: A. B.</span></figcaption></figure>"
            + "<aside data-related=\"12\"></aside><h2>What next</h2><ul><li>One</li><li>Two</li></ul>"
            + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Video\"></iframe>"
            + "<div class=\"gallery\" data-count=\"1\"><figure><img src=\"https://cdn.example.org/p.jpg\" alt=\"A boat\"></figure></div>";

    private static String absolute(String path) {
        return path.startsWith("/") ? "https://news.example.org" + path : path;
    }

    @Test
    void everyElementIsStyledInlineAndNothingNeedsAStyleSheet() {
        Document mail = Jsoup.parseBodyFragment(MailBody.html(BODY, MailBodyTests::absolute));
        assertThat(mail.select("[class]")).isEmpty();
        assertThat(mail.select("style, aside, iframe, div")).isEmpty();
        for (Element e : mail.body().select("p, h2, ul, a, figure, figcaption, img")) {
            assertThat(e.attr("style")).as(e.normalName()).isNotBlank();
        }
    }

    @Test
    void linksAndPicturesAreAbsoluteAndPicturesFitTheColumnWithAltText() {
        Document mail = Jsoup.parseBodyFragment(MailBody.html(BODY, MailBodyTests::absolute));
        assertThat(mail.select("a").eachAttr("href")).containsExactly("https://news.example.org/world/2026/11/30/x",
                "mailto:desk@example.org", "https://www.youtube-nocookie.com/embed/abc");
        Element picture = mail.selectFirst("img");
        assertThat(picture.attr("src")).isEqualTo("https://news.example.org/media/4/1280.jpg");
        assertThat(picture.attr("width")).isEqualTo("552");
        assertThat(picture.attr("height")).isEqualTo("311");
        assertThat(picture.attr("alt")).as("the caption stands in for missing alt text").startsWith("The harbour at dawn");
        assertThat(mail.select("img").eachAttr("alt")).allMatch(a -> !a.isBlank());
        assertThat(mail.select("a").last().text()).isEqualTo("Watch the video");
    }

    @Test
    void theTextVersionKeepsTheWordsAndGivesEveryLinkInFull() {
        String text = MailBody.text(MailBody.html(BODY, MailBodyTests::absolute));
        assertThat(text.replace('\n', ' ')).contains("The council (https://news.example.org/world/2026/11/30/x) met. Write to us (mailto:desk@example.org).");
        assertThat(text)
                .contains("WHAT NEXT").contains("- One\n- Two").contains("[Picture: The harbour at dawn Photo: A. B.]")
                .contains("Watch the video (https://www.youtube-nocookie.com/embed/abc)").doesNotContain("<");
    }
}
