package org.masthead.journeys;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Article;
import org.masthead.content.ArticleBody;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTML in and out of the body editor, in headless Chromium: every saved body loads and saves again
 * unchanged, and pasted HTML keeps only what {@code ArticleBody} keeps.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorRoundTripTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleQueries queries;
    private EditorBrowser editor;

    @BeforeAll
    void signIn(@TempDir Path profile) {
        editor = EditorBrowser.signedIn(ctx, port, profile);
    }

    @AfterAll
    void closeBrowser() {
        if (editor != null) {
            editor.close();
        }
    }

    @Test
    void savesEveryDemoBodyAndEveryKindOfBlockUnchanged() {
        List<String> bodies = new ArrayList<>();
        for (ArticleSummary s : queries.latest(200)) {
            bodies.add(queries.byId(s.id()).orElseThrow().bodyHtml());
        }
        assertThat(bodies).as("the demo newsroom's bodies").hasSizeGreaterThan(20);
        assertThat(String.join("", bodies)).contains("<div class=\"gallery\"", "<aside data-related=");
        for (String raw : List.of(
                "<h2>Sub</h2><p>A <strong>b</strong> <em>c</em> <a href=\"https://example.org/x?a=1&amp;b=2\" title=\"T &quot;q&quot;\">d</a></p>"
                        + "<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><ol><li>first</li></ol><blockquote><p>quote</p><h3>in</h3></blockquote>",
                "<p>Line<br>break, non&nbsp;breaking &amp; &lt;tags&gt; \"quotes\" \u2019curly\u2019 \u2014 dash  two spaces</p><h3>Three</h3><p></p><h4>Four</h4>",
                "<p><a href=\"/world/2026/01/01/x\">internal</a> <a href=\"mailto:desk@example.org\">mail</a> <strong><em>both</em></strong> <a href=\"#notes\"><strong>anchor</strong></a></p>",
                "<figure><img src=\"/media/7/1600.jpg\" alt=\"A &quot;harbour&quot; &amp; &lt;quay&gt;\" data-media-id=\"7\" width=\"1600\" height=\"900\">"
                        + "<figcaption>Caption \u2014 \"quoted\" <span class=\"credit\">Photo: A &amp; B</span></figcaption></figure>",
                "<figure><img src=\"/media/8/640.jpg\" alt=\"\"></figure><figure><img src=\"/media/9/640.jpg\" alt=\"x\">"
                        + "<figcaption><span class=\"credit\">Only a credit</span></figcaption></figure><figure><img src=\"/media/9/640.jpg\"><figcaption>Only a caption</figcaption></figure>",
                "<div class=\"gallery\"><figure><img src=\"/media/1/1600.jpg\" alt=\"a\" data-media-id=\"1\" width=\"1600\" height=\"1200\"><figcaption>One "
                        + "<span class=\"credit\">Photo: A</span></figcaption></figure><figure><img src=\"/media/2/640.jpg\" alt=\"b\"></figure>"
                        + "<figure><img src=\"/media/3/640.jpg\" alt=\"c\"><figcaption>Three</figcaption></figure></div><p>after</p>",
                "<iframe src=\"https://www.youtube-nocookie.com/embed/abc123\" title=\"A video\"></iframe>"
                        + "<iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\"></iframe>",
                "<p>a</p><aside data-related=\"42\"></aside><p>b</p><aside data-related=\"43\"></aside>",
                "")) {
            ArticleBody.Clean clean = ArticleBody.sanitize(raw);
            assertThat(clean.removed()).as(raw).isEmpty();
            bodies.add(clean.html());
        }

        editor.open("");
        @SuppressWarnings("unchecked")
        List<String> saved = (List<String>) editor.jsAsync("""
                const bodies = arguments[0], done = arguments[arguments.length - 1];
                import("/admin/editor/schema.js")
                  .then((m) => done(bodies.map((b) => m.serializeBody(m.parseBody(b)))))
                  .catch((e) => done(["failed: " + e]));
                """, bodies);
        for (int i = 0; i < bodies.size(); i++) {
            assertThat(saved.get(i)).as("body %d saved again", i).isEqualTo(bodies.get(i));
        }
    }

    @Test
    void eachEditTellsThePageAndAnUndoneEditLeavesTheSameHtml() {
        Article demo = queries.latest(200).stream().map(a -> queries.byId(a.id()).orElseThrow())
                .filter(a -> a.bodyHtml().contains("<aside data-related=")).findFirst().orElseThrow();
        long related = Long.parseLong(demo.bodyHtml().replaceAll("(?s).*<aside data-related=\"([0-9]+)\">.*", "$1"));
        String headline = queries.byId(related).orElseThrow().headline();
        WebElement text = editor.open(demo.bodyHtml(), Map.of(related, headline));
        assertThat(editor.driver.findElement(By.cssSelector(".me-related")).getText()).as("the block names its target").contains(headline);

        editor.js("""
                window.bodyInputs = [];
                document.addEventListener("input", (e) => { if (e.target.id === "body") window.bodyInputs.push(e.target.value); });
                """);
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " more");
        assertThat(editor.body()).isNotEqualTo(demo.bodyHtml());
        assertThat((List<?>) editor.js("return window.bodyInputs")).as("a bubbling input event per change, after the value is set")
                .hasSize(" more".length()).last().isEqualTo(editor.body());
        text.sendKeys(Keys.chord(Keys.CONTROL, "z"));
        assertThat(editor.body()).isEqualTo(demo.bodyHtml());
        assertThat((List<?>) editor.js("return window.bodyInputs")).hasSize(" more".length() + 1).last().isEqualTo(demo.bodyHtml());
    }

    @Test
    void pastesFromWordDocsLibreOfficeAndWebPagesKeepingOnlyTheBodySubset() {
        Map<String, String> pasted = Map.of(
                """
                <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15">
                <style><!-- p.MsoNormal {margin:0cm; font-family:Calibri} --></style><!--[if gte mso 9]><xml><w:WordDocument>
                <w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head><body lang=EN-GB><!--StartFragment-->
                <p class=MsoNormal><b><span style='font-size:12.0pt'>Bold from Word</span></b><span style='font-size:12.0pt'> and
                <i>italic</i> and <span style='font-weight:bold'>styled bold</span><o:p></o:p></span></p>
                <h1 style='margin:0cm'><span style='font-size:16pt'>Word heading<o:p></o:p></span></h1>
                <p class=MsoNormal><o:p>&nbsp;</o:p></p>
                <table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Cell one<o:p></o:p></p></td><td>Cell two</td></tr></table>
                <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
                style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Numbered one</p>
                <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
                style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span><![endif]>Numbered two</p>
                <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol;
                mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span><![endif]>A bullet</p>
                <p class=MsoNormal><font face=Arial>Fonted</font> text, <a href="https://example.org/word">a link</a><a name="_Toc1"></a>
                and <img src="file:///C:/Users/x/image001.png"> no picture<o:p></o:p></p><!--EndFragment--></body></html>""",
                "<p><strong>Bold from Word</strong> and <em>italic</em> and <strong>styled bold</strong></p><h2>Word heading</h2>"
                        + "<p>Cell one</p><p>Cell two</p><ol><li>Numbered one</li><li>Numbered two</li></ol><ul><li>A bullet</li></ul>"
                        + "<p>Fonted text, <a href=\"https://example.org/word\">a link</a> and no picture</p>",
                """
                <meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4f2a"><h2 dir="ltr"><span
                style="font-size:16pt;font-weight:400">Docs heading</span></h2><p dir="ltr"><span style="font-weight:400">Plain from Docs
                </span><span style="font-weight:700">bold from Docs</span><span style="font-weight:400"> and </span><span
                style="font-weight:400;font-style:italic">italic from Docs</span></p><br><ul><li dir="ltr" style="list-style-type:disc">
                <p dir="ltr" role="presentation"><span style="font-weight:400">Docs item</span></p></li></ul></b>""",
                "<h2>Docs heading</h2><p>Plain from Docs <strong>bold from Docs</strong> and <em>italic from Docs</em></p>"
                        + "<ul><li>Docs item</li></ul>",
                """
                <html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title><style>p { margin-bottom:
                0.25cm }</style></head><body lang="en-GB"><p style="margin-bottom: 0cm"><font face="Liberation Serif, serif"><b>Libre
                bold</b> and <i>Libre italic</i></font></p><h5 class="western">Small heading</h5><ol><li><p>Libre one</p></li><li><p>Libre
                two</p></li></ol></body></html>""",
                "<p><strong>Libre bold</strong> and <em>Libre italic</em></p><h4>Small heading</h4><ol><li>Libre one</li><li>Libre two</li></ol>",
                """
                <div class="article"><h1 class="title">Page title</h1><section><p style="color:red" onclick="x()">Web <strong>text</strong>
                with <a href="javascript:alert(1)">a bad link</a> and <a href="https://example.org/good">a good one</a>.</p><figure><img
                src="https://other.example/photo.jpg" alt="foreign"><figcaption>Foreign caption</figcaption></figure><iframe
                src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><iframe src="https://evil.example/frame"></iframe>
                <button>Share</button><script>alert(1)</script><h6>Tiny</h6></section></div>""",
                "<h2>Page title</h2><p>Web <strong>text</strong> with a bad link and <a href=\"https://example.org/good\">a good one</a>.</p>"
                        + "<p>Foreign caption</p><iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" title=\"YouTube video\" "
                        + "loading=\"lazy\" allowfullscreen referrerpolicy=\"strict-origin\"></iframe><h4>Tiny</h4>");
        pasted.forEach((html, expected) -> {
            editor.open("").click();
            editor.paste(html, "the plain text of it");
            assertThat(editor.body()).as(html).isEqualTo(expected);
            EditorBrowser.assertSanitizerKeeps(editor.body());
        });

        editor.open("").click();
        editor.paste(null, "First paragraph\nwith a line break\n\nSecond paragraph\n\n\nThird");
        assertThat(editor.body()).isEqualTo("<p>First paragraph<br>with a line break</p><p>Second paragraph</p><p>Third</p>");
    }
}
