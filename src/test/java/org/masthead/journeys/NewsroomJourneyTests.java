package org.masthead.journeys;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Article;
import org.masthead.TestSmtp;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ArticleStatus;
import org.masthead.content.ContentFixtures;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaService;
import org.masthead.staff.Role;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.content.ContentFixtures.unique;

/**
 * The newsroom in real Chromium: an admin invites a contributor, who follows the e-mailed link, writes a draft in
 * the rich editor (a picture from the library, an "Also read" block) and submits it; an editor finds it among the
 * submitted articles, previews it through a signed link in a browser that is not signed in, schedules and
 * publishes it, and readers find it on the home page; two editors edit the same article at once (autosave, then the buttons); an old
 * version is restored.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
class NewsroomJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;
    @Autowired MediaService media;
    @TempDir Path editorProfile;
    @TempDir Path secondProfile;
    @TempDir Path adminProfile;
    @TempDir Path readerProfile;
    @Autowired ArticlePaths paths;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private WebDriver signedIn(Path profile, StaffUser user) {
        WebDriver driver = Browser.open(profile, 1280, 1000);
        driver.get(base() + "/admin");
        driver.findElement(By.id("email")).sendKeys(user.email());
        driver.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
        Browser.clickAndLoad(driver, By.cssSelector("form.form button"));
        driver.findElement(By.id("code")).sendKeys(StaffFixtures.lastCode(ctx, user.email()));
        Browser.clickAndLoad(driver, By.cssSelector("form.form button"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hello");
        return driver;
    }

    private static String mailText(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return String.valueOf(content instanceof Multipart parts ? parts.getBodyPart(0).getContent() : content);
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Waits for the editor's autosave line ({@code article-editor.js} saves a few seconds after typing stops). */
    private static void awaitStatus(WebDriver driver, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                d -> d.findElement(By.id("autosave-status")).getText().contains(text));
    }

    @Test
    void aContributorInvitedByMailSubmitsADraftThatAnEditorPreviewsSchedulesAndPublishes() throws Exception {
        StaffUser admin = StaffFixtures.member(ctx, Role.ADMIN);
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        String tag = unique("Quayside").replace(" ", "");
        Image picture = media.upload(MediaFixtures.jpeg(1200, 800), "quay.jpg", "A ferry at the quay at night",
                tag + " at midnight", "Harbour Photo");
        Article earlier = ContentFixtures.published(articles, ContentFixtures.draft(unique("Storm closes the harbour")));
        String email = "writer-" + tag.toLowerCase(java.util.Locale.ROOT) + "@example.org";
        String headline = unique("Night ferries return to the islands");

        WebDriver driver = signedIn(adminProfile, admin);
        try {
            Browser.clickAndLoad(driver, By.linkText("People"));
            driver.findElement(By.id("email")).sendKeys(email);
            new Select(driver.findElement(By.id("role"))).selectByVisibleText("Contributor");
            Browser.clickAndLoad(driver, By.cssSelector("form[action='/admin/users/invite'] button"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Invitation sent");
        } finally {
            driver.quit();
        }

        String invite = Pattern.compile("(/admin/invite/\\S+)").matcher(mailText(TestSmtp.awaitMessageTo(email))).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();
        WebDriver writer = Browser.open(editorProfile, 1280, 1000);
        long id;
        try {
            writer.get(base() + invite);
            writer.findElement(By.id("name")).sendKeys("Jo Writer");
            writer.findElement(By.id("password")).sendKeys("my own long password 9");
            Browser.clickAndLoad(writer, By.cssSelector("form.form button"));
            assertThat(writer.findElement(By.cssSelector(".who span")).getText()).isEqualTo("Jo Writer · Contributor");

            Browser.clickAndLoad(writer, By.linkText("Articles"));
            Browser.clickAndLoad(writer, By.linkText("New article"));
            type(writer, "headline", headline);
            type(writer, "standfirst", "The first sailing since the storm left at midnight.");
            EditorBrowser body = EditorBrowser.on(writer, port);
            WebElement text = body.waiting(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".me-content")));
            assertThat(writer.findElement(By.id("body")).isDisplayed()).as("the rich editor replaces the textarea").isFalse();
            text.click();
            text.sendKeys("The ferry left the harbour at midnight with 212 passengers.");
            body.toolbar("Picture").click();
            body.search("Search the media library", tag);
            body.result(tag + " at midnight").click();
            body.awaitNoDialog();
            body.toolbar("Also read").click();
            body.search("Search headlines", earlier.headline());
            body.result(earlier.headline()).click();
            body.awaitNoDialog();
            assertThat(writer.findElement(By.cssSelector(".me-related")).getText()).contains(earlier.headline());
            new Select(writer.findElement(By.id("addByline"))).selectByVisibleText("Foreign Desk (desk)");
            writer.findElement(By.cssSelector("button[data-move=add]")).click();
            type(writer, "dateline", "HARBOUR TOWN");
            ((JavascriptExecutor) writer).executeScript("window.scrollTo(0, 0)");
            Browser.screenshot(writer, "newsroom-editor");
            assertThat(writer.findElements(By.cssSelector("button[value=publish]"))).as("contributors cannot publish").isEmpty();
            Browser.clickAndLoad(writer, By.cssSelector("button[value=submit]"));
            assertThat(writer.findElement(By.cssSelector(".notice")).getText()).startsWith("Submitted for review.");
            assertThat(writer.findElement(By.cssSelector(".page-head .tag")).getText()).isEqualTo("Submitted for review");
            id = Long.parseLong(writer.getCurrentUrl().replaceAll(".*/admin/articles/([0-9]+).*", "$1"));
        } finally {
            writer.quit();
        }
        Article submitted = queries.byId(id).orElseThrow();
        assertThat(submitted.bodyHtml()).contains("data-media-id=\"" + picture.id() + "\"", "<aside data-related=\"" + earlier.id() + "\"></aside>");

        WebDriver desk = signedIn(secondProfile, editor);
        WebDriver reader = null;
        try {
            desk.get(base() + "/admin/articles?status=submitted");
            assertThat(desk.findElement(By.tagName("h1")).getText()).isEqualTo("Articles");
            Browser.screenshot(desk, "newsroom-articles");
            Browser.clickAndLoad(desk, By.linkText(headline));
            EditorBrowser body = EditorBrowser.on(desk, port);
            body.waiting(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".me-content")));
            assertThat(desk.findElement(By.cssSelector(".me-related")).getText()).contains(earlier.headline());

            Browser.clickAndLoad(desk, By.cssSelector("button[form=preview-form]"));
            String link = desk.findElement(By.id("preview-url")).getAttribute("value");
            reader = Browser.open(readerProfile, 1280, 1000);
            reader.get(base() + link.substring(link.indexOf("/preview/")));
            assertThat(reader.findElement(By.cssSelector(".preview-bar h1")).getText()).isEqualTo(headline);
            reader.switchTo().frame(reader.findElement(By.cssSelector(".phone iframe")));
            assertThat(reader.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(headline);
            assertThat(reader.findElement(By.cssSelector(".article-body figure img")).getDomProperty("alt"))
                    .isEqualTo("A ferry at the quay at night");
            assertThat(reader.findElement(By.cssSelector(".also-read a")).getAttribute("textContent"))
                    .isEqualTo("Also read: " + earlier.headline());
            reader.switchTo().defaultContent();
            Browser.screenshot(reader, "newsroom-preview");

            LocalDateTime later = LocalDateTime.now(ZoneId.of("Asia/Kolkata")).plusDays(2).withSecond(0).withNano(0);
            ((JavascriptExecutor) desk).executeScript("document.getElementById('publishAt').value = arguments[0]", later.toString());
            Browser.clickAndLoad(desk, By.cssSelector("button[value=schedule]"));
            assertThat(desk.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Scheduled.");
            assertThat(desk.findElement(By.cssSelector(".page-head .tag")).getText()).isEqualTo("Scheduled");
            reader.get(base() + "/");
            assertThat(reader.findElement(By.tagName("main")).getText()).doesNotContain(headline);

            Browser.clickAndLoad(desk, By.cssSelector("button[value=publish]"));
            assertThat(desk.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Published. Readers see it now.");
            reader.get(base() + "/");
            reader.navigate().refresh(); // the browser may keep the home page it saw for its max-age
            Browser.clickAndLoad(reader, By.linkText(headline));
            assertThat(reader.findElement(By.cssSelector(".byline")).getText()).contains("Foreign Desk");
            assertThat(reader.findElement(By.cssSelector(".article-body figure figcaption")).getAttribute("textContent"))
                    .isEqualTo(tag + " at midnight Harbour Photo");
            assertThat(reader.findElement(By.cssSelector(".also-read a")).getAttribute("href")).endsWith(paths.path(earlier));
        } finally {
            desk.quit();
            if (reader != null) {
                reader.quit();
            }
        }
    }

    @Test
    void twoEditorsSaveTheSameArticleAndTheSecondIsToldWhoGotThereFirst() {
        StaffUser first = StaffFixtures.member(ctx, Role.EDITOR);
        StaffUser second = StaffFixtures.member(ctx, Role.EDITOR);
        Article a = articles.create(ContentFixtures.draft(unique("Budget talks")), first.id()).article();
        WebDriver one = signedIn(editorProfile, first);
        WebDriver two = signedIn(secondProfile, second);
        try {
            one.get(base() + "/admin/articles/" + a.id());
            two.get(base() + "/admin/articles/" + a.id());
            type(one, "standfirst", "Ministers met until late.");
            awaitStatus(one, "Saved automatically");
            Browser.clickAndLoad(one, By.cssSelector(".publish button[value=save]"));
            assertThat(one.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved.");

            type(two, "headline", a.headline() + " resume");
            awaitStatus(two, first.name() + " saved this article at");
            Browser.clickAndLoad(two, By.cssSelector(".publish button[value=save]"));
            assertThat(two.findElement(By.cssSelector(".conflict h2")).getText())
                    .isEqualTo(first.name() + " saved this article while you were editing");
            assertThat(two.findElement(By.id("headline")).getAttribute("value")).isEqualTo(a.headline() + " resume");
            Browser.screenshot(two, "newsroom-conflict");

            Browser.clickAndLoad(two, By.cssSelector(".conflict button"));
            assertThat(two.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved.");
            Article now = queries.byId(a.id()).orElseThrow();
            assertThat(now.headline()).isEqualTo(a.headline() + " resume");
            assertThat(now.modifiedBy()).isEqualTo(second.id());
        } finally {
            one.quit();
            two.quit();
        }
    }

    @Test
    void anEditorRestoresAnEarlierVersionFromTheHistory() {
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        Article a = articles.create(ContentFixtures.withBody(ContentFixtures.draft(unique("Restored")), "<p>The right words.</p>"), editor.id()).article();
        articles.update(a.id(), a.version(), ContentFixtures.withBody(ContentFixtures.draft(a.headline()), "<p>The wrong words.</p>"), false, editor.id());
        WebDriver driver = signedIn(editorProfile, editor);
        try {
            driver.get(base() + "/admin/articles/" + a.id());
            Browser.clickAndLoad(driver, By.linkText("History"));
            assertThat(driver.findElements(By.cssSelector("table.history tbody tr"))).hasSize(2);
            Browser.clickAndLoad(driver, By.xpath("//button[text()='Compare']"));
            assertThat(driver.findElement(By.cssSelector(".body-diff del")).getText()).contains("right");
            assertThat(driver.findElement(By.cssSelector(".body-diff ins")).getText()).contains("wrong");
            Browser.screenshot(driver, "newsroom-compare");
            Browser.clickAndLoad(driver, By.xpath("//button[text()='Restore version 1']"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).startsWith("Restored as a new version");
            assertThat(driver.findElement(By.id("body")).getAttribute("value")).isEqualTo("<p>The right words.</p>");
            await().atMost(Duration.ofSeconds(2)).until(() -> queries.byId(a.id()).orElseThrow().version() == 3);
            assertThat(queries.byId(a.id()).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
        } finally {
            driver.quit();
        }
    }
}
