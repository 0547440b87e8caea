package org.masthead.journeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.TestSmtp;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.members.MemberFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in real headless Chromium: presses Save on a story, is asked to sign in, creates an account with
 * the code from the e-mail, comes back to the story saved, finds it on the account page, stops the offers
 * e-mails, and signs out everywhere.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
class MemberJourneyTests {

    @LocalServerPort int port;
    @TempDir Path profile;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void aReaderSignsUpWithTheEmailedCodeSavesAStoryAndManagesTheAccount() throws Exception {
        Article story = MemberFixtures.story(articles, "Harbour lights");
        String path = paths.path(story);
        String email = MemberFixtures.freshEmail();
        WebDriver driver = Browser.open(profile, 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        try {
            driver.get(base() + path);
            wait.until(d -> d.findElement(By.cssSelector("[data-reader-link]")).getAttribute("href").contains("next="));
            assertThat(driver.findElement(By.cssSelector("[data-reader-link]")).getText()).isEqualTo("Sign in");
            Browser.clickAndLoad(driver, By.cssSelector(".article-meta .save-button"));

            assertThat(driver.findElement(By.cssSelector(".auth-lead")).getText()).contains("to save this story");
            Browser.screenshot(driver, "reader-sign-in");
            Browser.clickAndLoad(driver, By.linkText("Create a free account"));
            driver.findElement(By.id("email")).sendKeys(email);
            driver.findElement(By.id("displayName")).sendKeys("Ada Reader");
            driver.findElement(By.id("offers")).click();
            Browser.screenshot(driver, "reader-sign-up");
            Browser.clickAndLoad(driver, By.cssSelector(".auth form button[type=submit]"));

            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check your e-mail");
            String subject = TestSmtp.awaitMessageTo(email).getSubject();
            assertThat(subject).matches("\\d{6} confirms your .*");
            driver.findElement(By.id("code")).sendKeys(subject.substring(0, 6));
            Browser.clickAndLoad(driver, By.cssSelector(".auth form button[type=submit]"));

            assertThat(driver.getCurrentUrl()).as("back to the story").isEqualTo(base() + path);
            wait.until(d -> d.findElement(By.cssSelector("[data-reader-link]")).getText().equals("Ada Reader"));
            WebElement save = driver.findElement(By.cssSelector(".article-meta .save-button"));
            wait.until(d -> "true".equals(save.getAttribute("aria-pressed")));
            assertThat(save.getText()).as("saved once signed up").startsWith("Saved");
            save.click(); // without a reload: removed, then saved again
            wait.until(d -> "false".equals(save.getAttribute("aria-pressed")));
            save.click();
            wait.until(d -> "true".equals(save.getAttribute("aria-pressed")));

            Browser.clickAndLoad(driver, By.cssSelector("[data-reader-link]"));
            assertThat(driver.findElement(By.cssSelector("#saved .saved-headline")).getText()).isEqualTo(story.headline());
            WebElement offers = driver.findElement(By.xpath("//div[@class='consent-item'][.//input[@value='offers']]"));
            assertThat(offers.findElement(By.cssSelector(".state")).getText()).isEqualTo("ON");
            Browser.fullPage(driver, "reader-account");
            Browser.clickAndLoad(driver, By.xpath("//div[@class='consent-item'][.//input[@value='offers']]//button"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("not send you those");
            assertThat(driver.findElement(By.xpath("//div[@class='consent-item'][.//input[@value='offers']]//span[contains(@class,'state')]"))
                    .getText()).isEqualTo("OFF");
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).isEqualTo(false);

            Browser.clickAndLoad(driver, By.xpath("//button[normalize-space()='Sign out everywhere']"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("You are signed out.");
            driver.get(base() + "/account");
            assertThat(driver.getCurrentUrl()).contains("/account/sign-in");
        } finally {
            driver.quit();
        }
    }
}
