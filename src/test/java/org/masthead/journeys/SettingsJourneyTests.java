package org.masthead.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.platform.SettingsFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom's settings screens in real headless Chromium: publication settings (a mistake shown in place,
 * then a save the site shows at once), sections, API keys and webhooks.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
class SettingsJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired MediaService media;
    @TempDir Path profile;

    @AfterEach
    void reset() {
        SettingsFixtures.reset(ctx);
    }

    @Test
    void anAdminRenamesThePaperAddsAFooterLinkAndSeesBothOnTheSite() {
        StaffUser admin = StaffFixtures.member(ctx, Role.ADMIN);
        WebDriver driver = Browser.open(profile, 1280, 2600);
        try {
            signIn(driver, admin);
            Browser.clickAndLoad(driver, By.linkText("Settings"));
            replace(driver.findElement(By.id("name")), "The Evening Lamp");
            replace(driver.findElement(By.id("timeZone")), "Europe/Lisbn");
            driver.findElement(By.id("footer-0-label")).sendKeys("Contact the newsroom");
            driver.findElement(By.id("footer-0-url")).sendKeys("/contact");
            driver.findElement(By.id("social-bluesky")).sendKeys("https://bsky.app/profile/lamp.example");
            Browser.clickAndLoad(driver, By.cssSelector("form.settings > button[type=submit]"));
            assertThat(driver.findElement(By.id("timeZone-error")).getText()).contains("region name");
            assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("The Evening Lamp");
            Browser.screenshot(driver, "admin-settings-error");

            replace(driver.findElement(By.id("timeZone")), "Europe/Lisbon");
            Browser.clickAndLoad(driver, By.cssSelector("form.settings > button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Settings saved");
            Browser.screenshot(driver, "admin-settings");

            driver.get(base() + "/");
            assertThat(driver.findElement(By.cssSelector(".brand")).getText()).isEqualTo("The Evening Lamp");
            Browser.screenshot(driver, "site-after-settings");

            Image logo = media.upload(wordmark("THE EVENING LAMP"), "lamp.png", "", "", "");
            driver.get(base() + "/admin/settings");
            replace(driver.findElement(By.id("logo")), String.valueOf(logo.id()));
            Browser.clickAndLoad(driver, By.cssSelector("form.settings > button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Settings saved");
            Browser.screenshot(driver, "admin-settings-logo");
            driver.get(base() + "/");
            driver.navigate().refresh(); // the browser keeps the home page a minute (max-age); a reader reloads
            assertThat(driver.findElement(By.cssSelector(".brand img")).getAttribute("alt")).isEqualTo("The Evening Lamp");
            Browser.screenshot(driver, "site-with-logo");
            assertThat(driver.findElement(By.linkText("Contact the newsroom")).getAttribute("href")).endsWith("/contact");
            assertThat(driver.findElement(By.linkText("Bluesky")).getAttribute("rel")).contains("me");
        } finally {
            driver.quit();
        }
    }

    @Test
    void anAdminMakesAnApiKeyAndRegistersAWebhookAndAnEditorEditsASection() {
        StaffUser admin = StaffFixtures.member(ctx, Role.ADMIN);
        WebDriver driver = Browser.open(profile, 1280, 1100);
        try {
            signIn(driver, admin);
            Browser.clickAndLoad(driver, By.linkText("Sections & tags"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sections");
            Browser.screenshot(driver, "admin-sections");
            Browser.clickAndLoad(driver, By.linkText("Europe"));
            assertThat(driver.findElement(By.id("parent")).getAttribute("value")).isEqualTo("world");
            Browser.screenshot(driver, "admin-section-edit");

            Browser.clickAndLoad(driver, By.linkText("API keys"));
            driver.findElement(By.id("name")).sendKeys("Wire importer");
            Browser.clickAndLoad(driver, By.cssSelector("form[action='/admin/api-keys'] button"));
            assertThat(driver.findElement(By.id("new-key")).getAttribute("value")).startsWith("mh_");
            assertThat(driver.findElement(By.cssSelector("button[data-copy]")).isDisplayed()).isTrue();
            Browser.screenshot(driver, "admin-api-keys");

            Browser.clickAndLoad(driver, By.linkText("Webhooks"));
            driver.findElement(By.id("url")).sendKeys("http://127.0.0.1:9/masthead-hook"); // tests allow local http receivers
            driver.findElement(By.id("description")).sendKeys("Archive sync");
            driver.findElement(By.cssSelector("input[value='article.published']")).click();
            Browser.clickAndLoad(driver, By.cssSelector("form[action='/admin/webhooks'] button"));
            assertThat(driver.findElement(By.id("secret")).getAttribute("value")).startsWith("whsec_");
            Browser.screenshot(driver, "admin-webhook");
            WebElement before = driver.findElement(By.tagName("html"));
            driver.findElement(By.cssSelector("form[action$='/delete'] button")).click();
            driver.switchTo().alert().accept(); // the page asks before deleting
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("deleted");
        } finally {
            driver.quit();
        }
    }

    private void signIn(WebDriver driver, StaffUser user) {
        driver.get(base() + "/admin");
        driver.findElement(By.id("email")).sendKeys(user.email());
        driver.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
        Browser.clickAndLoad(driver, By.cssSelector("form.form button"));
        driver.findElement(By.id("code")).sendKeys(StaffFixtures.lastCode(ctx, user.email()));
        Browser.clickAndLoad(driver, By.cssSelector("form.form button"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hello");
    }

    /** A logo as a paper might upload one: its name in capitals, dark on transparent. */
    private static byte[] wordmark(String text) {
        BufferedImage img = new BufferedImage(720, 90, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x7a1f1f));
        g.setFont(new Font(Font.SERIF, Font.BOLD, 56));
        g.drawString(text, 10, 68);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
