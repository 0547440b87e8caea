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
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ArticleSummary;
import org.masthead.content.ContentFixtures;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaService;
import org.masthead.staff.Role;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article body editor in real headless Chromium, on {@link EditorTestPage}: what a writer types, pastes
 * and inserts reaches the textarea as exactly the HTML {@code ArticleBody} keeps, and a reader sees it.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;
    @Autowired ArticlePaths paths;
    @Autowired MediaService media;
    private WebDriver driver;

    @BeforeAll
    void signIn(@TempDir Path profile) {
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        driver = Browser.open(profile, 1280, 900);
        driver.get(base() + "/admin/login");
        driver.findElement(By.id("email")).sendKeys(editor.email());
        driver.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
        driver.findElement(By.cssSelector("form.form button")).click();
        driver.findElement(By.id("code")).sendKeys(StaffFixtures.lastCode(ctx, editor.email()));
        driver.findElement(By.cssSelector("form.form button")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/admin");
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
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

        openEditor("");
        @SuppressWarnings("unchecked")
        List<String> saved = (List<String>) js().executeAsyncScript("""
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
    void anEditThatIsUndoneLeavesTheSameHtml() {
        Article demo = queries.byId(queries.latest(1).get(0).id()).orElseThrow();
        WebElement content = openEditor(demo.bodyHtml());
        content.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " more");
        assertThat(body()).isNotEqualTo(demo.bodyHtml());
        content.sendKeys(Keys.chord(Keys.CONTROL, "z"));
        assertThat(body()).isEqualTo(demo.bodyHtml());
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
            openEditor("").click();
            paste(html, "the plain text of it");
            assertThat(body()).as(html).isEqualTo(expected);
            assertSanitizerKeeps(body());
        });

        openEditor("").click();
        paste(null, "First paragraph\nwith a line break\n\nSecond paragraph\n\n\nThird");
        assertThat(body()).isEqualTo("<p>First paragraph<br>with a line break</p><p>Second paragraph</p><p>Third</p>");
    }

    @Test
    void aWriterFormatsTextAndInsertsPicturesAGalleryAVideoAndAlsoRead(@TempDir Path files) throws Exception {
        String tag = ContentFixtures.unique("shoot").substring(6);
        Image dawn = media.upload(MediaFixtures.jpeg(1600, 900), "dawn.jpg", "Ferries at the quay", "Harbour at dawn " + tag, "Photo: Test Desk");
        Image gulls = media.upload(MediaFixtures.jpeg(1200, 800), "gulls.jpg", "Gulls over the pier", "Gulls " + tag, "Photo: A");
        Image nets = media.upload(MediaFixtures.jpeg(1200, 800), "nets.jpg", "Nets drying", "Nets " + tag, "Photo: B");
        Article target = ContentFixtures.published(articles, ContentFixtures.draft(ContentFixtures.unique("Harbour reopens")));
        Path photo = Files.write(files.resolve("quay.jpg"), MediaFixtures.jpeg(1000, 750));
        Path notes = Files.writeString(files.resolve("notes.txt"), "not a picture");

        WebElement text = openEditor("");
        text.click();
        text.sendKeys("Storm damage repaired");
        toolbar("Heading 2").click();
        text.sendKeys(Keys.END, Keys.ENTER, "The ferries are back with ", Keys.chord(Keys.CONTROL, "b"), "bold news");
        assertThat(toolbar("Bold").getAttribute("aria-pressed")).isEqualTo("true");
        text.sendKeys(Keys.chord(Keys.CONTROL, "b"), " and ", Keys.chord(Keys.CONTROL, "i"), "italics", Keys.chord(Keys.CONTROL, "i"), ".",
                Keys.ENTER, "- First item", Keys.ENTER, "Second item", Keys.ENTER, Keys.ENTER, "Read the ", Keys.chord(Keys.CONTROL, "k"));
        WebElement address = dialogField("Address");
        address.sendKeys("javascript:alert(1)", Keys.ENTER);
        assertThat(dialog().getText()).contains("Links must be web addresses");
        address.clear();
        address.sendKeys("example.org/report");
        dialogField("Text to show").sendKeys("full report", Keys.ENTER);
        awaitNoDialog();
        text.sendKeys(".");

        toolbar("Picture").click();
        search("Search the media library", "Harbour at dawn " + tag);
        picture("Harbour at dawn " + tag).click();
        awaitNoDialog();
        WebElement caption = driver.findElement(By.cssSelector(".me-figure input[id]"));
        caption.sendKeys(Keys.END, " (updated)");

        toolbar("Picture").click();
        dialog().findElement(By.xpath(".//summary[.='Upload a new picture']")).click();
        dialogField("Picture file").sendKeys(notes.toAbsolutePath().toString());
        dialog().findElement(By.xpath(".//button[.='Upload and insert']")).click();
        wait(10).until(d -> dialog().findElement(By.cssSelector("[role=alert]")).getText().contains("This file is not a picture"));
        dialogField("Picture file").sendKeys(photo.toAbsolutePath().toString());
        dialogField("Alt text").sendKeys("The quay after the storm");
        dialogField("Caption").sendKeys("The quay " + tag);
        dialogField("Credit").sendKeys("Photo: Reader");
        dialog().findElement(By.xpath(".//button[.='Upload and insert']")).click();
        wait(5).until(d -> dialog().findElement(By.tagName("progress")).isDisplayed());
        Browser.screenshot(driver, "editor-upload");
        awaitNoDialog();

        toolbar("Gallery").click();
        search("Search the media library", tag);
        picture("Gulls " + tag).click();
        picture("Nets " + tag).click();
        assertThat(picture("Nets " + tag).getAttribute("aria-pressed")).isEqualTo("true");
        Browser.screenshot(driver, "editor-gallery-picker");
        dialog().findElement(By.xpath(".//button[.='Insert 2 pictures']")).click();
        awaitNoDialog();

        toolbar("Video").click();
        dialogField("Video address").sendKeys("https://evil.example/clip", Keys.ENTER);
        assertThat(dialog().getText()).contains("Only YouTube and Vimeo videos can be embedded");
        dialogField("Video address").clear();
        dialogField("Video address").sendKeys("https://youtu.be/dQw4w9WgXcQ");
        dialogField("Title").sendKeys("Harbour timelapse", Keys.ENTER);
        awaitNoDialog();

        toolbar("Also read").click();
        search("Search headlines", target.headline());
        dialog().findElement(By.xpath(".//button[contains(., '" + target.headline() + "')]")).click();
        awaitNoDialog();
        assertThat(driver.findElement(By.cssSelector(".me-related")).getText()).contains(target.headline());
        js().executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(driver, "editor-desktop");

        String saved = body();
        long uploaded = Long.parseLong(first(Pattern.compile("data-media-id=\"([0-9]+)\"[^>]*><figcaption>The quay"), saved));
        assertThat(saved).isEqualTo("<h2>Storm damage repaired</h2>"
                + "<p>The ferries are back with <strong>bold news</strong> and <em>italics</em>.</p>"
                + "<ul><li>First item</li><li>Second item</li></ul>"
                + "<p>Read the <a href=\"https://example.org/report\">full report</a>.</p>"
                + figure(dawn, "Ferries at the quay", "Harbour at dawn " + tag + " (updated)", "Photo: Test Desk", "")
                + figure(media.find(uploaded).orElseThrow(), "The quay after the storm", "The quay " + tag, "Photo: Reader", "")
                + "<div class=\"gallery\" data-count=\"2\">"
                + figure(gulls, "Gulls over the pier", "Gulls " + tag, "Photo: A", " data-index=\"1\" data-count=\"2\"")
                + figure(nets, "Nets drying", "Nets " + tag, "Photo: B", " data-index=\"2\" data-count=\"2\"") + "</div>"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" title=\"Harbour timelapse\" loading=\"lazy\" "
                + "allowfullscreen referrerpolicy=\"strict-origin\"></iframe>"
                + "<aside data-related=\"" + target.id() + "\"></aside>");
        assertSanitizerKeeps(saved);

        Article story = ContentFixtures.published(articles, ContentFixtures.withBody(
                ContentFixtures.draft(ContentFixtures.unique("Ferries return")), saved));
        driver.get(base() + paths.path(story));
        WebElement reader = driver.findElement(By.cssSelector(".article-body"));
        assertThat(reader.findElement(By.tagName("h2")).getText()).isEqualTo("Storm damage repaired");
        assertThat(reader.findElement(By.tagName("strong")).getText()).isEqualTo("bold news");
        assertThat(reader.findElement(By.cssSelector("a[href='https://example.org/report']")).getText()).isEqualTo("full report");
        assertThat(reader.findElements(By.cssSelector("ul li"))).hasSize(2);
        WebElement lead = reader.findElement(By.cssSelector("figure img[data-media-id='" + dawn.id() + "']"));
        wait(5).until(d -> ((Number) js().executeScript("return arguments[0].naturalWidth", lead)).intValue() > 0);
        assertThat(reader.findElement(By.cssSelector("figure figcaption")).getAttribute("textContent"))
                .isEqualTo("Harbour at dawn " + tag + " (updated) Photo: Test Desk");
        assertThat(reader.findElements(By.cssSelector(".gallery figure"))).hasSize(2);
        assertThat(reader.findElement(By.tagName("iframe")).getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(reader.findElement(By.cssSelector(".also-read a")).getAttribute("textContent")).isEqualTo("Also read: " + target.headline());
        Browser.screenshot(driver, "editor-reader-view");
    }

    @Test
    void theToolbarAndTheDialogsWorkFromTheKeyboard() {
        Article target = ContentFixtures.published(articles, ContentFixtures.draft(ContentFixtures.unique("Tide tables")));
        WebElement text = openEditor("<p>Start</p>");
        text.click();
        text.sendKeys(Keys.END, Keys.chord(Keys.CONTROL, "b"));
        assertThat(toolbar("Bold").getAttribute("aria-pressed")).isEqualTo("true");
        text.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        assertThat(toolbar("Bold").getAttribute("aria-pressed")).isEqualTo("false");

        text.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(focused().getAttribute("aria-label")).as("the toolbar's one tab stop").isEqualTo("Bold");
        focused().sendKeys(Keys.END);
        focused().sendKeys(Keys.ARROW_LEFT);
        focused().sendKeys(Keys.ARROW_LEFT);
        assertThat(focused().getText()).isEqualTo("Also read");
        focused().sendKeys(Keys.ENTER);
        assertThat(focused().getAttribute("type")).as("focus is in the dialog's search field").isEqualTo("search");
        focused().sendKeys(target.headline());
        wait(5).until(d -> !dialog().findElements(By.xpath(".//button[contains(., '" + target.headline() + "')]")).isEmpty());
        focused().sendKeys(Keys.TAB);
        assertThat(focused().getText()).contains(target.headline());
        focused().sendKeys(Keys.ENTER);
        awaitNoDialog();
        assertThat(body()).isEqualTo("<p>Start</p><aside data-related=\"" + target.id() + "\"></aside>");
        assertThat(focused().getAttribute("class")).as("focus is back in the text").contains("me-content");

        focused().sendKeys(Keys.chord(Keys.CONTROL, "k"));
        assertThat(dialog().getText()).contains("Add link");
        focused().sendKeys(Keys.ESCAPE);
        awaitNoDialog();
        assertThat(focused().getAttribute("class")).contains("me-content");
    }

    // ---------------------------------------------------------------------------------------------------------

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Opens the test page with this body and waits for the editor; returns its editable area. */
    private WebElement openEditor(String body, Map<String, String> titles) {
        String url = UriComponentsBuilder.fromUriString(base() + EditorTestPage.PATH).queryParam("body", "{body}")
                .queryParam("titles", "{titles}").build(body, json(titles)).toString();
        driver.get(url);
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".me-content")));
        } catch (TimeoutException e) {
            throw new AssertionError("the editor did not start: " + js().executeScript("return window.editorTestErrors"), e);
        }
    }

    private WebElement openEditor(String body) {
        return openEditor(body, Map.of());
    }

    private static String json(Map<String, String> titles) {
        StringBuilder out = new StringBuilder("{");
        titles.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v.replace("\"", "\\\"")).append('"'));
        return out.append('}').toString();
    }

    private WebElement toolbar(String label) {
        return driver.findElement(By.cssSelector(".me-toolbar button[title^='" + label + "']"));
    }

    private WebElement dialog() {
        return wait(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
    }

    /** The field of the open dialog whose label reads {@code label}. */
    private WebElement dialogField(String label) {
        WebElement l = dialog().findElement(By.xpath(".//label[.='" + label + "']"));
        return dialog().findElement(By.id(l.getAttribute("for")));
    }

    /** Types a search into the open dialog and waits until every result shown matches it. */
    private void search(String label, String query) {
        dialogField(label).sendKeys(query);
        wait(5).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> results = dialog().findElements(By.cssSelector("li button"));
            return !results.isEmpty() && results.stream().allMatch(r -> r.getText().contains(query));
        });
    }

    /** A picture among the picker's results, by its caption. */
    private WebElement picture(String caption) {
        return wait(5).until(d -> dialog().findElements(By.xpath(".//button[contains(@class,'me-picture')][.//span[.='" + caption + "']]"))
                .stream().findFirst().orElse(null));
    }

    private void awaitNoDialog() {
        wait(5).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog[open]"), 0));
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Pastes as a browser does: a paste event carrying the clipboard's HTML (if any) and plain text. */
    private void paste(String html, String text) {
        js().executeScript("""
                const data = new DataTransfer();
                if (arguments[0] != null) data.setData("text/html", arguments[0]);
                data.setData("text/plain", arguments[1]);
                document.querySelector(".me-content").dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
                """, html, text);
    }

    private static void assertSanitizerKeeps(String html) {
        ArticleBody.Clean clean = ArticleBody.sanitize(html);
        assertThat(clean.removed()).isEmpty();
        assertThat(clean.html()).isEqualTo(html);
    }

    /** A picked picture as the editor writes it: the largest variant, its id and size, caption and credit. */
    private String figure(Image i, String alt, String caption, String credit, String captionAttributes) {
        List<Integer> widths = media.widths(i);
        return "<figure><img src=\"" + media.url(i, widths.get(widths.size() - 1)) + "\" alt=\"" + alt + "\" data-media-id=\"" + i.id()
                + "\" width=\"" + i.width() + "\" height=\"" + i.height() + "\"><figcaption" + captionAttributes + ">" + caption
                + " <span class=\"credit\">" + credit + "</span></figcaption></figure>";
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in " + text).isTrue();
        return m.group(1);
    }

    /** What the form would submit: the textarea's value. */
    private String body() {
        return (String) js().executeScript("return document.getElementById('body').value");
    }
}
