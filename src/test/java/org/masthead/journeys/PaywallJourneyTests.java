package org.masthead.journeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.TestSmtp;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.members.MemberFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metered paywall in real headless Chromium: an anonymous reader reads three metered stories, meets the wall
 * (desktop and phone), signs up with the e-mailed code and finds the three counted in the account's meter, reads
 * on to the ten-story wall, saves a story, finds it on the account page and withdraws the offers consent.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
class PaywallJourneyTests {

    @LocalServerPort int port;
    @TempDir Path profile;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;

    private String url(Article a) {
        return "http://127.0.0.1:" + port + paths.path(a);
    }

    private List<Article> metered(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ArticleDraft d = ContentFixtures.draft(ContentFixtures.unique("Harbour inquiry, part " + (i + 1)));
            out.add(ContentFixtures.published(articles, new ArticleDraft(d.headline(),
                    "What the port authority knew, and when it knew it.",
                    "<p>The inquiry opened on Monday with the harbour master's account of the night the cranes fell.</p>"
                            + "<p>Witnesses described a shift that began like any other, and a warning that came too late.</p>"
                            + "<p>Records seen by this newspaper show the inspection had been postponed three times.</p>"
                            + "<p>The authority said it would answer every question the inquiry put to it.</p>",
                    null, "business", List.of("lena-varga"), List.of(), "ROTTERDAM", AccessLevel.METERED, null, null, null,
                    null, null)));
        }
        return out;
    }

    private static String notice(WebDriver driver) {
        return driver.findElement(By.cssSelector(".meter-notice strong")).getText();
    }

    @Test
    void aReaderMeetsTheWallSignsUpKeepsTheirMeterAndReadsOnToTheTenStoryWall() throws Exception {
        List<Article> stories = metered(12);
        String email = MemberFixtures.freshEmail();
        WebDriver driver = Browser.open(profile, 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        try {
            for (int i = 0; i < 3; i++) {
                driver.get(url(stories.get(i)));
                assertThat(driver.findElement(By.cssSelector(".article-body")).getText()).contains("postponed three times");
            }
            assertThat(notice(driver)).isEqualTo("This is the last of your 3 free articles this month");
            Browser.screenshot(driver, "paywall-meter-notice");
            ((JavascriptExecutor) driver).executeScript("document.querySelector('.benefits').scrollIntoView({block: 'center'})");
            Browser.screenshot(driver, "paywall-benefits");

            driver.get(url(stories.get(3)));
            WebElement wall = driver.findElement(By.cssSelector(".wall"));
            assertThat(wall.getAttribute("data-wall")).isEqualTo("sign-up");
            assertThat(driver.findElements(By.cssSelector(".article-body"))).isEmpty();
            assertThat(driver.getPageSource()).doesNotContain("postponed three times");
            driver.manage().window().setSize(new Dimension(1280, 1100)); // headline, standfirst, excerpt and wall at once
            Browser.screenshot(driver, "paywall-wall-desktop");
            driver.manage().window().setSize(new Dimension(390, 844));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", wall);
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).as("no sideways scrolling on a phone").isEqualTo(false);
            Browser.screenshot(driver, "paywall-wall-phone");
            driver.manage().window().setSize(new Dimension(1280, 900));

            Browser.clickAndLoad(driver, By.cssSelector(".wall .button"));
            driver.findElement(By.id("email")).sendKeys(email);
            driver.findElement(By.id("displayName")).sendKeys("Mara Reader");
            driver.findElement(By.id("offers")).click(); // yes to early access to offers, to withdraw it below
            Browser.clickAndLoad(driver, By.cssSelector(".auth form button[type=submit]"));
            String subject = TestSmtp.awaitMessageTo(email).getSubject();
            driver.findElement(By.id("code")).sendKeys(subject.substring(0, 6));
            Browser.clickAndLoad(driver, By.cssSelector(".auth form button[type=submit]"));

            assertThat(driver.getCurrentUrl()).as("back to the story the wall stopped").isEqualTo(url(stories.get(3)));
            assertThat(driver.findElement(By.cssSelector(".article-body")).getText()).contains("postponed three times");
            assertThat(notice(driver)).as("the three read before signing up still count").isEqualTo("6 of 10 free articles left this month");
            wait.until(d -> d.findElement(By.cssSelector("[data-reader-link]")).getText().equals("Mara Reader"));

            for (int i = 4; i < 10; i++) {
                driver.get(url(stories.get(i)));
            }
            assertThat(notice(driver)).isEqualTo("This is the last of your 10 free articles this month");
            WebElement save = driver.findElement(By.cssSelector(".article-meta .save-button"));
            wait.until(d -> "false".equals(save.getAttribute("aria-pressed")));
            save.click();
            wait.until(d -> "true".equals(save.getAttribute("aria-pressed")));

            driver.get(url(stories.get(10)));
            assertThat(driver.findElement(By.cssSelector(".wall")).getAttribute("data-wall")).isEqualTo("subscribe");
            assertThat(driver.findElement(By.cssSelector(".wall-title")).getText()).isEqualTo("You’ve read your 10 free articles this month");
            Browser.screenshot(driver, "paywall-subscribe-wall");
            driver.get(url(stories.get(0)));
            assertThat(driver.findElement(By.cssSelector(".article-body")).getText()).as("read this month: still open")
                    .contains("postponed three times");

            Browser.clickAndLoad(driver, By.cssSelector("[data-reader-link]"));
            assertThat(driver.findElement(By.cssSelector("#saved .saved-headline")).getText()).isEqualTo(stories.get(9).headline());
            By offers = By.xpath("//div[@class='consent-item'][.//input[@value='offers']]");
            assertThat(driver.findElement(offers).findElement(By.cssSelector(".state")).getText()).isEqualTo("ON");
            Browser.clickAndLoad(driver, By.xpath("//div[@class='consent-item'][.//input[@value='offers']]//button"));
            assertThat(driver.findElement(offers).findElement(By.cssSelector(".state")).getText()).isEqualTo("OFF");
            Browser.fullPage(driver, "paywall-account");
        } finally {
            driver.quit();
        }
    }
}
