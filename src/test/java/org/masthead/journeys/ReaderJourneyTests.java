package org.masthead.journeys;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A reader in real headless Chromium: front page, then a story, as on a desktop and on a phone. */
@H2IntegrationTest
@ExtendWith(Browser.class)
class ReaderJourneyTests {

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/156.0.0.0 Mobile Safari/537.36";

    @LocalServerPort int port;
    @TempDir Path profile;
    @Autowired MeterRegistry meters;

    private double beacons(String result) {
        return meters.get("masthead.stats.beacons").tag("result", result).counter().count();
    }

    @Test
    void readerOpensTheFrontPageAndReadsAStory() {
        double bots = beacons("bot");
        double counted = beacons("counted");
        WebDriver driver = Browser.open(profile, 1280, 900);
        try {
            driver.get("http://127.0.0.1:" + port + "/");
            assertThat(driver.getTitle()).isEqualTo("The Test Herald");
            Browser.screenshot(driver, "home-desktop");
            WebElement lead = driver.findElement(By.cssSelector(".top-stories .lead .card-headline a"));
            String headline = lead.getText();
            lead.click();

            assertThat(driver.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(headline);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(beacons("bot"))
                    .as("the page sent its view; headless Chromium says so in its user agent").isEqualTo(bots + 1));
            assertThat(driver.findElement(By.cssSelector(".byline a")).getText()).isNotBlank();
            assertThat(driver.findElement(By.cssSelector(".dates time")).getText()).endsWith("IST");
            WebElement leadImage = driver.findElement(By.cssSelector(".lead-figure img"));
            Number natural = (Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", leadImage);
            assertThat(natural.intValue()).as("the lead image loaded").isGreaterThan(0);
            assertThat(driver.findElement(By.cssSelector(".lead-figure figcaption")).getText()).isNotBlank();
            List<WebElement> latest = driver.findElements(By.cssSelector(".latest time"));
            assertThat(latest).isNotEmpty();
            assertThat(latest.get(0).getText()).as("script shows relative times").matches("(just now|\\d+ (minute|hour|day)s? ago)");
            Browser.screenshot(driver, "article-desktop");

            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            ((ChromeDriver) driver).executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", PHONE));
            driver.navigate().refresh();
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(beacons("counted"))
                    .as("a reader's browser is counted, once per view").isEqualTo(counted + 1));
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).as("no sideways scrolling on a phone").isEqualTo(false);
            Browser.screenshot(driver, "article-phone");
            driver.get("http://127.0.0.1:" + port + "/");
            Browser.screenshot(driver, "home-phone");
        } finally {
            driver.quit();
        }
    }

    @Test
    void readerPagesThroughAGalleryWithItsCounter() {
        WebDriver driver = Browser.open(profile, 1280, 900);
        try {
            driver.get("http://127.0.0.1:" + port + "/culture");
            driver.findElement(By.partialLinkText("Sculpture trail")).click();
            List<WebElement> captions = driver.findElements(By.cssSelector(".article-body .gallery figcaption"));
            assertThat(captions).hasSize(4);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Object counter = js.executeScript("return getComputedStyle(arguments[0], '::before').content", captions.get(2));
            assertThat(String.valueOf(counter)).isEqualTo("\"3 / 4 \"");
            Number natural = (Number) js.executeScript("return arguments[0].querySelector('img').naturalWidth",
                    driver.findElement(By.cssSelector(".article-body .gallery figure")));
            assertThat(natural.intValue()).as("gallery pictures load").isGreaterThan(0);
            js.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.cssSelector(".article-body .gallery")));
            Browser.screenshot(driver, "gallery-desktop");
        } finally {
            driver.quit();
        }
    }
}
