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
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer at the body editor in headless Chromium: what they type and insert reaches the textarea as exactly
 * the HTML {@code ArticleBody} keeps, and a reader sees it; toolbar and dialogs work from the keyboard.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;
    @Autowired MediaService media;
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
    void aWriterFormatsTextAndInsertsPicturesAGalleryAVideoAndAlsoRead(@TempDir Path files) throws Exception {
        String tag = ContentFixtures.unique("shoot").substring(6);
        Image dawn = media.upload(MediaFixtures.jpeg(1600, 900), "dawn.jpg", "Ferries at the quay", "Harbour at dawn " + tag, "Photo: Test Desk");
        Image gulls = media.upload(MediaFixtures.jpeg(1200, 800), "gulls.jpg", "Gulls over the pier", "Gulls " + tag, "Photo: A");
        Image nets = media.upload(MediaFixtures.jpeg(1200, 800), "nets.jpg", "Nets drying", "Nets " + tag, "Photo: B");
        Article target = ContentFixtures.published(articles, ContentFixtures.draft(ContentFixtures.unique("Harbour reopens")));
        Path photo = Files.write(files.resolve("quay.jpg"), MediaFixtures.jpeg(1000, 750));
        Path notes = Files.writeString(files.resolve("notes.txt"), "not a picture");

        WebElement text = editor.open("");
        text.click();
        text.sendKeys("Storm damage repaired");
        editor.toolbar("Heading 2").click();
        text.sendKeys(Keys.END, Keys.ENTER, "The ferries are back with ", Keys.chord(Keys.CONTROL, "b"), "bold news");
        assertThat(editor.toolbar("Bold").getAttribute("aria-pressed")).isEqualTo("true");
        text.sendKeys(Keys.chord(Keys.CONTROL, "b"), " and ", Keys.chord(Keys.CONTROL, "i"), "italics", Keys.chord(Keys.CONTROL, "i"), ".",
                Keys.ENTER, "- First item", Keys.ENTER, "Second item", Keys.ENTER, Keys.ENTER, "Read the ", Keys.chord(Keys.CONTROL, "k"));
        WebElement address = editor.dialogField("Address");
        address.sendKeys("javascript:alert(1)", Keys.ENTER);
        assertThat(editor.dialog().getText()).contains("Links must be web addresses");
        address.clear();
        address.sendKeys("example.org/report");
        editor.dialogField("Text to show").sendKeys("full report", Keys.ENTER);
        editor.awaitNoDialog();
        text.sendKeys(".");

        editor.toolbar("Picture").click();
        editor.search("Search the media library", "Harbour at dawn " + tag);
        editor.result("Harbour at dawn " + tag).click();
        editor.awaitNoDialog();
        WebElement caption = editor.driver.findElement(By.cssSelector(".me-figure input[id]"));
        caption.sendKeys(Keys.END, " (updated)");

        editor.toolbar("Picture").click();
        editor.dialogButton("Upload a new picture").click();
        editor.dialogField("Picture file").sendKeys(notes.toAbsolutePath().toString());
        editor.dialogButton("Upload and insert").click();
        editor.waiting(10).until(d -> editor.dialog().findElement(By.cssSelector("[role=alert]")).getText()
                .equals("Not an image we accept (JPEG, PNG, GIF or WebP)."));
        editor.dialogField("Picture file").sendKeys(photo.toAbsolutePath().toString());
        editor.dialogField("Alt text").sendKeys("The quay after the storm");
        editor.dialogField("Caption").sendKeys("The quay " + tag);
        editor.dialogField("Credit").sendKeys("Photo: Reader");
        editor.throttleUploads(true);
        editor.dialogButton("Upload and insert").click();
        editor.waiting(5).until(d -> editor.dialog().findElement(By.tagName("progress")).isDisplayed());
        Browser.screenshot(editor.driver, "editor-upload");
        editor.awaitNoDialog();
        editor.throttleUploads(false);

        editor.toolbar("Gallery").click();
        editor.search("Search the media library", tag);
        editor.result("Gulls " + tag).click();
        editor.result("Nets " + tag).click();
        assertThat(editor.result("Nets " + tag).getAttribute("aria-pressed")).isEqualTo("true");
        Browser.screenshot(editor.driver, "editor-gallery-picker");
        editor.dialogButton("Insert 2 pictures").click();
        editor.awaitNoDialog();

        editor.toolbar("Video").click();
        editor.dialogField("Video address").sendKeys("https://evil.example/clip", Keys.ENTER);
        assertThat(editor.dialog().getText()).contains("Only YouTube and Vimeo videos can be embedded");
        editor.dialogField("Video address").clear();
        editor.dialogField("Video address").sendKeys("https://youtu.be/dQw4w9WgXcQ");
        editor.dialogField("Title").sendKeys("Harbour timelapse", Keys.ENTER);
        editor.awaitNoDialog();

        editor.toolbar("Also read").click();
        editor.search("Search headlines", target.headline());
        editor.result(target.headline()).click();
        editor.awaitNoDialog();
        assertThat(editor.driver.findElement(By.cssSelector(".me-related")).getText()).contains(target.headline());
        editor.js("window.scrollTo(0, 0)");
        Browser.screenshot(editor.driver, "editor-desktop");
        editor.driver.manage().window().setSize(new Dimension(390, 844));
        editor.js("document.querySelector('.me-gallery').scrollIntoView()");
        Browser.screenshot(editor.driver, "editor-phone");
        editor.driver.manage().window().setSize(new Dimension(1280, 900));

        String saved = editor.body();
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
        EditorBrowser.assertSanitizerKeeps(saved);

        Article story = ContentFixtures.published(articles, ContentFixtures.withBody(
                ContentFixtures.draft(ContentFixtures.unique("Ferries return")), saved));
        editor.get(paths.path(story));
        WebElement reader = editor.driver.findElement(By.cssSelector(".article-body"));
        assertThat(reader.findElement(By.tagName("h2")).getText()).isEqualTo("Storm damage repaired");
        assertThat(reader.findElement(By.tagName("strong")).getText()).isEqualTo("bold news");
        assertThat(reader.findElement(By.cssSelector("a[href='https://example.org/report']")).getText()).isEqualTo("full report");
        assertThat(reader.findElements(By.cssSelector("ul li"))).hasSize(2);
        WebElement lead = reader.findElement(By.cssSelector("figure img[data-media-id='" + dawn.id() + "']"));
        editor.waiting(5).until(d -> ((Number) editor.js("return arguments[0].naturalWidth", lead)).intValue() > 0);
        assertThat(reader.findElement(By.cssSelector("figure figcaption")).getAttribute("textContent"))
                .isEqualTo("Harbour at dawn " + tag + " (updated) Photo: Test Desk");
        assertThat(reader.findElements(By.cssSelector(".gallery figure"))).hasSize(2);
        assertThat(reader.findElement(By.tagName("iframe")).getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(reader.findElement(By.cssSelector(".also-read a")).getAttribute("textContent")).isEqualTo("Also read: " + target.headline());
        Browser.screenshot(editor.driver, "editor-reader-view");
    }

    @Test
    void aGalleryTakesMorePicturesAndOneLeftAloneBecomesAPlainPicture() {
        String tag = ContentFixtures.unique("pier").substring(5);
        Image pier = media.upload(MediaFixtures.jpeg(900, 600), "pier.jpg", "The pier", "Pier " + tag, "Photo: A");
        Image boats = media.upload(MediaFixtures.jpeg(900, 600), "boats.jpg", "Boats", "Boats " + tag, "Photo: B");
        Image quay = media.upload(MediaFixtures.jpeg(900, 600), "quay.jpg", "The quay", "Quay " + tag, "Photo: C");
        editor.open(ArticleBody.sanitize("<div class=\"gallery\">" + figure(pier, "The pier", "Pier " + tag, "Photo: A", "")
                + figure(boats, "Boats", "Boats " + tag, "Photo: B", "") + "</div>").html());

        editor.driver.findElement(By.xpath("//button[.='Add pictures']")).click();
        editor.search("Search the media library", "Quay " + tag);
        editor.result("Quay " + tag).click();
        editor.dialogButton("Insert 1 picture").click();
        editor.awaitNoDialog();
        assertThat(editor.driver.findElement(By.cssSelector(".me-gallery .me-block-label")).getText()).isEqualToIgnoringCase("Gallery · 3 pictures");
        assertThat(editor.body()).startsWith("<div class=\"gallery\" data-count=\"3\">")
                .contains("<figcaption data-index=\"3\" data-count=\"3\">Quay " + tag);

        editor.driver.findElement(By.cssSelector("button[aria-label='Remove picture']")).click();
        editor.driver.findElement(By.cssSelector("button[aria-label='Remove picture']")).click();
        assertThat(editor.body()).isEqualTo(figure(quay, "The quay", "Quay " + tag, "Photo: C", ""));
    }

    @Test
    void theToolbarAndTheDialogsWorkFromTheKeyboard() {
        Article target = ContentFixtures.published(articles, ContentFixtures.draft(ContentFixtures.unique("Tide tables")));
        WebElement text = editor.open("<p>Start</p>");
        text.click();
        text.sendKeys(Keys.END, Keys.chord(Keys.CONTROL, "b"));
        assertThat(editor.toolbar("Bold").getAttribute("aria-pressed")).isEqualTo("true");
        text.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        assertThat(editor.toolbar("Bold").getAttribute("aria-pressed")).isEqualTo("false");

        text.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(editor.focused().getAttribute("aria-label")).as("the toolbar's one tab stop").isEqualTo("Bold");
        editor.focused().sendKeys(Keys.END);
        editor.focused().sendKeys(Keys.ARROW_LEFT);
        editor.focused().sendKeys(Keys.ARROW_LEFT);
        assertThat(editor.focused().getText()).isEqualTo("Also read");
        editor.focused().sendKeys(Keys.ENTER);
        assertThat(editor.focused().getAttribute("type")).as("focus is in the dialog's search field").isEqualTo("search");
        editor.search("Search headlines", target.headline());
        editor.focused().sendKeys(Keys.TAB);
        assertThat(editor.focused().getText()).contains(target.headline());
        editor.focused().sendKeys(Keys.ENTER);
        editor.awaitNoDialog();
        assertThat(editor.body()).isEqualTo("<p>Start</p><aside data-related=\"" + target.id() + "\"></aside>");
        assertThat(editor.focused().getAttribute("class")).as("focus is back in the text").contains("me-content");

        editor.focused().sendKeys(Keys.chord(Keys.CONTROL, "k"));
        assertThat(editor.dialog().getText()).contains("Add link");
        editor.focused().sendKeys(Keys.ESCAPE);
        editor.awaitNoDialog();
        assertThat(editor.focused().getAttribute("class")).contains("me-content");
    }

    @Test
    void anEmptyRequiredBodyIsPointedOutAtTheEditor() {
        WebElement text = editor.open("");
        editor.js("const body = document.getElementById('body'); body.required = true; body.form.requestSubmit();");
        WebElement message = editor.driver.findElement(By.cssSelector(".me-editor + .field-error"));
        assertThat(message.isDisplayed()).isTrue();
        assertThat(editor.focused().getAttribute("class")).contains("me-content");
        text.sendKeys("Now it has a body");
        assertThat(message.isDisplayed()).isFalse();
    }

    /** A picked picture as the editor writes it: the largest variant and its size, the id, caption and credit. */
    private String figure(Image i, String alt, String caption, String credit, String captionAttributes) {
        List<Integer> widths = media.widths(i);
        int largest = widths.get(widths.size() - 1);
        return "<figure><img src=\"" + media.url(i, largest) + "\" alt=\"" + alt + "\" data-media-id=\"" + i.id()
                + "\" width=\"" + largest + "\" height=\"" + Math.round((float) i.height() * largest / i.width())
                + "\"><figcaption" + captionAttributes + ">" + caption
                + " <span class=\"credit\">" + credit + "</span></figcaption></figure>";
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in " + text).isTrue();
        return m.group(1);
    }
}
