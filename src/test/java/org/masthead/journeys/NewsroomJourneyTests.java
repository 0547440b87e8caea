package org.masthead.journeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Article;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.content.ContentFixtures.unique;

/**
 * The newsroom in real Chromium: an editor writes an article in the plain form (lead image from the library's
 * picker), previews it through a signed link in a browser that is not signed in, schedules and publishes it and
 * finds it on the home page; two editors edit the same article at once (autosave, then the buttons); an old
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
    void anEditorWritesPreviewsSchedulesAndPublishesAnArticleThatReachesTheHomePage() {
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        String pictureWord = unique("Quayside").replace(" ", "");
        Image picture = media.upload(MediaFixtures.jpeg(1200, 800), "quay.jpg", "A ferry at the quay at night",
                pictureWord + " at midnight", "Harbour Photo");
        WebDriver driver = signedIn(editorProfile, editor);
        WebDriver reader = null;
        try {
            Browser.clickAndLoad(driver, By.linkText("Articles"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Articles");
            assertThat(driver.findElements(By.cssSelector("td.headline-cell"))).hasSize(25);
            Browser.screenshot(driver, "newsroom-articles");

            Browser.clickAndLoad(driver, By.linkText("New article"));
            String headline = unique("Night ferries return to the islands");
            type(driver, "headline", headline);
            type(driver, "standfirst", "The first sailing since the storm left at midnight.");
            WebElement body = driver.findElement(By.id("body"));
            assertThat(body.isDisplayed()).as("without the rich editor the textarea is the editor").isTrue();
            body.sendKeys("<p>The ferry left the harbour at midnight with 212 passengers.</p><h2>What changes</h2><p>Timetables return to normal on Monday.</p>");
            new Select(driver.findElement(By.id("addByline"))).selectByVisibleText("Lena Varga");
            driver.findElement(By.cssSelector("button[data-move=add]")).click();
            new Select(driver.findElement(By.id("addByline"))).selectByVisibleText("Foreign Desk (desk)");
            driver.findElement(By.cssSelector("button[data-move=add]")).click();
            driver.findElement(By.cssSelector("button[aria-label='Move Foreign Desk up']")).click();
            assertThat(driver.findElements(By.cssSelector(".byline-list .byline-name")).stream().map(WebElement::getText))
                    .containsExactly("Foreign Desk", "Lena Varga");
            driver.findElement(By.cssSelector("[data-image-field=lead] button")).click();
            type(driver, "picker-q", pictureWord);
            driver.findElement(By.cssSelector(".picker-search button[value=search]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".picker-item")).size() == 1);
            Browser.screenshot(driver, "newsroom-image-picker");
            driver.findElement(By.cssSelector(".picker-item")).click();
            assertThat(driver.findElement(By.id("leadMediaId")).getDomProperty("value")).isEqualTo(String.valueOf(picture.id()));
            assertThat(driver.findElement(By.id("leadAlt")).getDomProperty("value")).isEqualTo("A ferry at the quay at night");
            type(driver, "tags", "Ferries, Islands");
            type(driver, "dateline", "HARBOUR TOWN");
            Browser.clickAndLoad(driver, By.cssSelector(".publish button[value=save]"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved.");
            Browser.screenshot(driver, "newsroom-editor");

            Browser.clickAndLoad(driver, By.cssSelector("button[form=preview-form]"));
            String link = driver.findElement(By.id("preview-url")).getAttribute("value");
            reader = Browser.open(secondProfile, 1280, 1000);
            reader.get(base() + link.substring(link.indexOf("/preview/")));
            assertThat(reader.findElement(By.cssSelector(".preview-bar h1")).getText()).isEqualTo(headline);
            reader.switchTo().frame(reader.findElement(By.cssSelector(".phone iframe")));
            assertThat(reader.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(headline);
            assertThat(reader.findElement(By.cssSelector(".byline")).getText()).contains("Foreign Desk", "Lena Varga");
            assertThat(reader.findElement(By.cssSelector("figure.lead-figure img"))
                    .getDomProperty("alt")).isEqualTo("A ferry at the quay at night");
            reader.switchTo().defaultContent();
            Browser.screenshot(reader, "newsroom-preview");

            LocalDateTime later = LocalDateTime.now(ZoneId.of("Asia/Kolkata")).plusDays(2).withSecond(0).withNano(0);
            ((JavascriptExecutor) driver).executeScript("document.getElementById('publishAt').value = arguments[0]", later.toString());
            Browser.clickAndLoad(driver, By.cssSelector("button[value=schedule]"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Scheduled.");
            assertThat(driver.findElement(By.cssSelector(".page-head .tag")).getText()).isEqualTo("Scheduled");

            Browser.clickAndLoad(driver, By.cssSelector("button[value=publish]"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Published. Readers see it now.");
            reader.get(base() + "/");
            assertThat(reader.findElement(By.tagName("main")).getText()).contains(headline);
        } finally {
            driver.quit();
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
