package org.masthead.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.MutableClock;
import org.masthead.TestSmtp;
import org.masthead.members.Member;
import org.masthead.newsletter.NewsletterFixtures;
import org.masthead.newsletter.NewsletterList;
import org.masthead.newsletter.SendFixtures;
import org.masthead.newsletter.Sends;
import org.masthead.staff.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in real headless Chromium watches a send: the page follows its progress by itself (the page script
 * polling the send's JSON) and turns into the report when it ends; then the bounced address under suppressions.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
class NewsletterSendJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired Sends sends;
    @Autowired MutableClock clock;
    @TempDir Path profile;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void anAdminWatchesASendUntilItsReportAndFindsTheBouncedAddressSuppressed() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Morning Briefing");
        List<Member> readers = SendFixtures.subscribers(ctx, list, 6);
        TestSmtp.faults().failRecipient(readers.get(0).email(), "550 5.1.1 The mailbox does not exist", Integer.MAX_VALUE);
        TestSmtp.faults().failRecipient(readers.get(1).email(), "451 4.2.1 Mailbox busy, try again later", 1);
        long send = sends.start(NewsletterFixtures.issue(ctx, list, "Harbour reopens after the storm", "j1"), null);
        EditorBrowser admin = EditorBrowser.signedIn(ctx, port, profile, Role.ADMIN);
        WebDriver driver = admin.driver;
        try {
            admin.get("/admin/newsletters/sends/" + send);
            wait(driver).until(d -> d.findElement(By.cssSelector("[data-field=pending]")).getText().equals("1"));
            assertThat(driver.findElement(By.cssSelector("[data-field=state]")).getText()).isEqualTo("Sending");
            assertThat(driver.findElement(By.cssSelector("[data-field=sent]")).getText()).isEqualTo("4");
            Browser.screenshot(driver, "newsletter-send-progress");

            clock.advance(Duration.ofMinutes(3)); // the busy mailbox's retry falls due
            wait(driver).until(d -> d.findElement(By.cssSelector("[data-field=state]")).getText().equals("Sent")
                    && d.findElements(By.cssSelector("[data-progress]")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(".invariant")).getText())
                    .contains("adds up", "6 candidates = 5 sent + 1 failed + 0 excluded");
            assertThat(driver.findElement(By.cssSelector("table.failed")).getText())
                    .contains(readers.get(0).email(), "550 5.1.1 The mailbox does not exist");
            Browser.fullPage(driver, "newsletter-send-report");

            Browser.clickAndLoad(driver, By.linkText("All sends"));
            assertThat(driver.findElement(By.cssSelector("table.sends")).getText()).contains("Harbour reopens after the storm");
            Browser.screenshot(driver, "newsletter-sends");

            Browser.clickAndLoad(driver, By.linkText("Suppressed addresses"));
            driver.findElement(By.id("q")).sendKeys(readers.get(0).email());
            Browser.clickAndLoad(driver, By.cssSelector("form[role=search] button"));
            assertThat(driver.findElement(By.cssSelector("tbody")).getText()).contains("Bounced", "550 5.1.1");
            Browser.screenshot(driver, "newsletter-suppressions");
        } finally {
            driver.quit();
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
