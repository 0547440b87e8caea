package org.masthead.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.platform.SettingsFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The newsroom's settings in real headless Chromium: a mistake shown in place, then a save the site shows at once. */
@H2IntegrationTest
@ExtendWith(Browser.class)
class SettingsJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
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
            driver.findElement(By.linkText("Settings")).click();
            replace(driver.findElement(By.id("name")), "The Evening Lamp");
            replace(driver.findElement(By.id("timeZone")), "Europe/Lisbn");
            driver.findElement(By.id("footer-0-label")).sendKeys("Contact the newsroom");
            driver.findElement(By.id("footer-0-url")).sendKeys("/contact");
            driver.findElement(By.id("social-bluesky")).sendKeys("https://bsky.app/profile/lamp.example");
            driver.findElement(By.cssSelector("form.settings > button[type=submit]")).click();
            assertThat(driver.findElement(By.id("timeZone-error")).getText()).contains("region name");
            assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("The Evening Lamp");
            Browser.screenshot(driver, "admin-settings-error");

            replace(driver.findElement(By.id("timeZone")), "Europe/Lisbon");
            driver.findElement(By.cssSelector("form.settings > button[type=submit]")).click();
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Settings saved");
            Browser.screenshot(driver, "admin-settings");

            driver.get(base() + "/");
            assertThat(driver.findElement(By.cssSelector(".brand")).getText()).isEqualTo("The Evening Lamp");
            assertThat(driver.findElement(By.linkText("Contact the newsroom")).getAttribute("href")).endsWith("/contact");
            assertThat(driver.findElement(By.linkText("Bluesky")).getAttribute("rel")).contains("me");
        } finally {
            driver.quit();
        }
    }

    private void signIn(WebDriver driver, StaffUser user) {
        driver.get(base() + "/admin");
        driver.findElement(By.id("email")).sendKeys(user.email());
        driver.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
        driver.findElement(By.cssSelector("form.form button")).click();
        driver.findElement(By.id("code")).sendKeys(StaffFixtures.lastCode(ctx, user.email()));
        driver.findElement(By.cssSelector("form.form button")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hello");
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
