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
                "<p>Line<br>break, non&nbsp;breaking &amp; &lt;tags&gt; \"quotes\" \u2019curly\u2019 \u2014 dash  two spaces</p><h3>Three</h3><h4>Four</h4><p></p>",
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

    /** What the form would submit: the textarea's value. */
    private String body() {
        return (String) js().executeScript("return document.getElementById('body').value");
    }
}
