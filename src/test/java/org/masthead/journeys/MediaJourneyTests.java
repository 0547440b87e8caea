package org.masthead.journeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Article;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.media.MediaFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** An editor in real headless Chromium fills the media library, writes alt text and sees where a picture is used. */
@H2IntegrationTest
@ExtendWith(Browser.class)
class MediaJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @TempDir Path profile;
    @TempDir Path files;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Signs in over HTTP (the e-mailed code is another journey's subject) and hands the session to the browser. */
    private void signIn(WebDriver driver, Role role) {
        String session = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, role)).cookie("MASTHEAD_STAFF")
                .orElseThrow().getValue();
        driver.get(base() + "/admin/login");
        driver.manage().addCookie(new Cookie.Builder("MASTHEAD_STAFF", session).path("/admin").build());
    }

    @Test
    void anEditorPicksImagesWatchesThemUploadWritesAltTextAndSeesWhereOneIsUsed() throws IOException {
        Path harbour = noise(files.resolve("harbour-at-dawn.png"), 900, 600);
        Path ferry = Files.write(files.resolve("ferry-terminal.jpg"), MediaFixtures.jpeg(1200, 800));
        Path notes = Files.write(files.resolve("notes.jpg"), "minutes of the meeting".getBytes(StandardCharsets.UTF_8));
        ChromeDriver driver = (ChromeDriver) Browser.open(profile, 1280, 900);
        try {
            signIn(driver, Role.EDITOR);
            driver.get(base() + "/admin/media");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Media");
            Browser.screenshot(driver, "media-library");

            driver.setNetworkConditions(slowUpload());
            driver.findElement(By.id("files")).sendKeys(harbour + "\n" + ferry + "\n" + notes);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
            wait.until(d -> d.findElements(By.cssSelector(".uploads progress")).stream().map(p -> p.getDomProperty("value"))
                    .anyMatch(v -> Double.parseDouble(v) > 0 && Double.parseDouble(v) < 100));
            Browser.screenshot(driver, "media-library-uploading");
            wait.until(d -> d.findElements(By.cssSelector(".uploads li.done, .uploads li.failed")).size() == 3);
            driver.deleteNetworkConditions();

            List<WebElement> rows = driver.findElements(By.cssSelector(".uploads li"));
            assertThat(rows.get(0).getText()).contains("harbour-at-dawn.png", "Uploaded: add alt text");
            assertThat(rows.get(1).getText()).contains("ferry-terminal.jpg", "Uploaded: add alt text");
            assertThat(rows.get(0).findElement(By.tagName("progress")).getDomProperty("value")).isEqualTo("100");
            assertThat(rows.get(2).getAttribute("class")).isEqualTo("failed");
            assertThat(rows.get(2).getText()).contains("notes.jpg", "Not an image we accept (JPEG, PNG, GIF or WebP).");
            assertThat(labels(driver).subList(0, 2)).containsExactly("ferry-terminal.jpg", "harbour-at-dawn.png");
            Browser.screenshot(driver, "media-library-uploaded");

            driver.navigate().refresh();
            assertThat(labels(driver).subList(0, 2)).as("the server's grid, newest first")
                    .containsExactly("ferry-terminal.jpg", "harbour-at-dawn.png");
            WebElement card = driver.findElements(By.cssSelector(".media-card")).get(1);
            assertThat(card.findElement(By.cssSelector(".tag")).getText()).isEqualTo("No alt text");
            String href = card.findElement(By.tagName("a")).getAttribute("href");
            long id = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
            Article story = articles.create(ContentFixtures.withBody(ContentFixtures.draft(unique("Boats return")),
                    "<p>At dawn.</p><figure><img src=\"/media/" + id + "/640.jpg\" alt=\"Boats\" data-media-id=\"" + id
                            + "\"></figure>")).article();

            card.findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.urlToBe(href));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("harbour-at-dawn.png");
            driver.findElement(By.id("alt")).sendKeys("Fishing boats in the harbour at dawn");
            driver.findElement(By.id("caption")).sendKeys("The fleet comes home.");
            driver.findElement(By.cssSelector(".media-detail form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("done=saved"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved.");
            assertThat(driver.findElement(By.id("alt")).getDomProperty("value")).isEqualTo("Fishing boats in the harbour at dawn");
            WebElement use = driver.findElement(By.cssSelector("ul.uses li"));
            assertThat(use.getText()).contains(story.headline(), "draft", "In the body");
            assertThat(use.findElement(By.tagName("a")).getAttribute("href")).isEqualTo(base() + "/admin/articles/" + story.id());
            assertThat(driver.findElement(By.cssSelector(".kept")).getText()).startsWith("This image is used by 1 article");
            Browser.screenshot(driver, "media-image");
            driver.executeScript("document.getElementById('used-title').scrollIntoView()");
            Browser.screenshot(driver, "media-image-usage");

            driver.findElement(By.linkText("← Media")).click();
            wait.until(ExpectedConditions.urlToBe(base() + "/admin/media"));
            driver.findElement(By.partialLinkText("without alt text")).click();
            wait.until(ExpectedConditions.urlContains("missing=alt"));
            assertThat(labels(driver)).contains("ferry-terminal.jpg").doesNotContain("The fleet comes home.");
            Browser.screenshot(driver, "media-library-missing-alt");
        } finally {
            driver.quit();
        }
    }

    private static List<String> labels(WebDriver driver) {
        return driver.findElements(By.cssSelector(".media-card .label")).stream().map(WebElement::getText).toList();
    }

    /** Slow enough that a megabyte takes a few seconds, so the bar is seen moving. */
    private static ChromiumNetworkConditions slowUpload() {
        ChromiumNetworkConditions c = new ChromiumNetworkConditions();
        c.setLatency(Duration.ofMillis(20));
        c.setDownloadThroughput(50_000_000);
        c.setUploadThroughput(400_000);
        return c;
    }

    /** A PNG of random pixels: it hardly compresses, so it is big enough to take a while. */
    private static Path noise(Path file, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
