package org.masthead.journeys;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.TestSmtp;
import org.masthead.staff.Role;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff in real headless Chromium: a sign-in from a new browser, and an invitation followed from its e-mail. */
@H2IntegrationTest
@ExtendWith(Browser.class)
class StaffJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @TempDir Path adminProfile;
    @TempDir Path newcomerProfile;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void anAdminSignsInOnANewBrowserWithTheEmailedCodeAndInvitesAContributor() throws Exception {
        StaffUser admin = StaffFixtures.member(ctx, Role.ADMIN);
        WebDriver driver = Browser.open(adminProfile, 1280, 900);
        WebDriver newcomer = null;
        try {
            driver.get(base() + "/admin");
            assertThat(driver.getCurrentUrl()).endsWith("/admin/login");
            driver.findElement(By.id("email")).sendKeys(admin.email());
            driver.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
            Browser.clickAndLoad(driver, By.cssSelector("form.form button"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("One more step");
            Browser.screenshot(driver, "staff-sign-in-code");
            String code = first(Pattern.compile("\\b(\\d{6})\\b"), text(TestSmtp.awaitMessageTo(admin.email())));
            driver.findElement(By.id("code")).sendKeys(code);
            Browser.clickAndLoad(driver, By.cssSelector("form.form button"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hello");
            Browser.screenshot(driver, "staff-dashboard");

            String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            Browser.clickAndLoad(driver, By.linkText("People"));
            driver.findElement(By.id("email")).sendKeys(email);
            new Select(driver.findElement(By.id("role"))).selectByVisibleText("Contributor");
            Browser.clickAndLoad(driver, By.cssSelector("form[action='/admin/users/invite'] button"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Invitation sent");
            Browser.screenshot(driver, "staff-people");

            String link = first(Pattern.compile("(https?://\\S+/admin/invite/\\S+)"), text(TestSmtp.awaitMessageTo(email)));
            newcomer = Browser.open(newcomerProfile, 1280, 900);
            newcomer.get(base() + link.substring(link.indexOf("/admin/invite/")));
            assertThat(newcomer.findElement(By.tagName("body")).getText()).contains("Contributor", email);
            newcomer.findElement(By.id("name")).sendKeys("Jo Newcomer");
            newcomer.findElement(By.id("password")).sendKeys("my own long password 9");
            Browser.clickAndLoad(newcomer, By.cssSelector("form.form button"));
            assertThat(newcomer.findElement(By.cssSelector(".who span")).getText()).isEqualTo("Jo Newcomer · Contributor");
            assertThat(newcomer.findElements(By.linkText("People"))).isEmpty();
        } finally {
            driver.quit();
            if (newcomer != null) {
                newcomer.quit();
            }
        }
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            return String.valueOf(parts.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("found in: " + text).isTrue();
        return m.group(1);
    }
}
