package org.masthead.journeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.paywall.PaywallFixtures;
import org.masthead.paywall.Plan;
import org.masthead.H2IntegrationTest;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans in real headless Chromium: an admin's plan screens and a comp granted by e-mail address, and the
 * subscribe page as an anonymous reader sees it, then signed in from there, then subscribed, with the plan on
 * the account page (screenshots). The browser never follows a form to Stripe: tests reach no network.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
class SubscribeJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired JdbcClient db;
    @TempDir Path adminProfile;
    @TempDir Path readerProfile;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void anAdminsPlansAreWhatReadersAreOffered() {
        db.sql("UPDATE paywall_plan SET active = FALSE").update(); // other tests' plans: a page of two plans to look at
        Plan digital = PaywallFixtures.offer(ctx, PaywallFixtures.plan(ctx, Map.of("name", "Digital",
                "description", "Every story on every device, the app and the archive", "monthly", "9.99",
                "yearly", "99", "trialDays", "14")), "month", "1", 3);
        PaywallFixtures.plan(ctx, Map.of("name", "Digital + Print", "description",
                "Everything in Digital, and the weekend paper at your door", "monthly", "24", "yearly", ""));

        WebDriver admin = Browser.open(adminProfile, 1280, 900);
        WebDriver reader = Browser.open(readerProfile, 1280, 1000);
        try {
            StaffBrowser signedIn = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
            admin.get(base() + "/admin/login");
            admin.manage().addCookie(new Cookie("MASTHEAD_STAFF", signedIn.cookie("MASTHEAD_STAFF").orElseThrow().getValue(),
                    "/admin"));
            admin.get(base() + "/admin/plans");
            assertThat(admin.findElement(By.tagName("h1")).getText()).isEqualTo("Plans");
            assertThat(admin.findElement(By.linkText(digital.name())).isDisplayed()).isTrue();
            Browser.screenshot(admin, "admin-plans");
            Browser.clickAndLoad(admin, By.linkText(digital.name()));
            assertThat(admin.findElement(By.cssSelector("li.offer")).getText()).contains("First 3 months for £1 a month");
            Browser.screenshot(admin, "admin-plan");

            Member guest = MemberFixtures.member(ctx, "Guest Columnist");
            Browser.clickAndLoad(admin, By.linkText("Subscribers"));
            admin.findElement(By.id("member")).sendKeys(guest.email());
            ((JavascriptExecutor) admin).executeScript("document.getElementById('endsOn').value = arguments[0]",
                    LocalDate.now(ZoneId.of("Asia/Kolkata")).plusMonths(6).toString());
            admin.findElement(By.id("note")).sendKeys("Guest columnist, spring season");
            Browser.clickAndLoad(admin, By.cssSelector("form[action='/admin/subscriptions/comps'] button"));
            assertThat(admin.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Subscription granted.");
            assertThat(admin.findElement(By.id("list-title")).getText()).contains(guest.email());
            Browser.screenshot(admin, "admin-subscribers");

            reader.get(base() + "/subscribe");
            assertThat(reader.findElement(By.id("plan-" + digital.id())).getText()).isEqualTo(digital.name());
            assertThat(reader.findElements(By.linkText("Sign in to subscribe"))).hasSize(3);
            Browser.screenshot(reader, "subscribe-anonymous");
            Member member = MemberFixtures.member(ctx, "Sam Subscriber");
            Browser.clickAndLoad(reader, By.linkText("Sign in to subscribe"));
            reader.findElement(By.id("email")).sendKeys(member.email());
            reader.findElement(By.id("password")).sendKeys(MemberFixtures.PASSWORD);
            Browser.clickAndLoad(reader, By.xpath("//button[normalize-space()='Sign in']"));
            assertThat(reader.getCurrentUrl()).as("back where they signed in from").isEqualTo(base() + "/subscribe");
            assertThat(reader.findElements(By.cssSelector("form[action='/subscribe'] button"))).hasSize(3);
            Browser.screenshot(reader, "subscribe");

            PaywallFixtures.subscribed(ctx, port, member.id(), "cus_journey" + member.id(), digital);
            reader.navigate().refresh();
            assertThat(reader.findElement(By.cssSelector(".plan-panel .plan-name")).getText()).isEqualTo(digital.name());
            Browser.screenshot(reader, "subscribe-subscriber");
            reader.get(base() + "/account");
            assertThat(reader.findElement(By.cssSelector("#plan .plan-name")).getText()).isEqualTo(digital.name());
            assertThat(reader.findElement(By.cssSelector("#plan .plan-detail")).getText()).startsWith("Paid until");
            assertThat(reader.findElement(By.cssSelector("#data .deletion-note")).getText()).contains("will be cancelled");
            Browser.fullPage(reader, "reader-account-plan");
        } finally {
            admin.quit();
            reader.quit();
        }
    }
}
