package org.masthead.journeys;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Debian's headless Chromium through ChromeDriver; skipped with one line when missing, except under CI=true. */
final class Browser implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ((Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) || "true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("Chromium present");
        }
        String how = "Browser journeys skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver).";
        System.out.println(how);
        return ConditionEvaluationResult.disabled(how);
    }

    static WebDriver open(Path profile, int width, int height) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height);
        ChromeDriverService svc = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(svc, o);
    }

    /** Clicks something that loads a new page and waits until the old page is gone, so reads see the new one. */
    static void clickAndLoad(WebDriver driver, By what) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(old));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Whether a page's element has left the document; Chromium says so as stale or as "does not belong". */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** A screenshot of the whole page, however long: the window grows to the page's height for the shot. */
    static void fullPage(WebDriver driver, String name) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), height.intValue() + 120));
        screenshot(driver, name);
        driver.manage().window().setSize(before);
    }

    static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
