package org.masthead.journeys;

import org.masthead.content.ArticleBody;
import org.masthead.staff.Role;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless Chromium signed in as an editor, on {@link EditorTestPage}: what the editor's tests do with it. */
final class EditorBrowser implements AutoCloseable {

    final WebDriver driver;
    private final String base;

    private EditorBrowser(WebDriver driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port;
    }

    /** The editor's controls on whatever page {@code driver} shows (the article editor page, say). */
    static EditorBrowser on(WebDriver driver, int port) {
        return new EditorBrowser(driver, port);
    }

    /** Signs a new editor in through the sign-in pages, answering the e-mailed code. */
    static EditorBrowser signedIn(ApplicationContext ctx, int port, Path profile) {
        return signedIn(ctx, port, profile, Role.EDITOR);
    }

    /** Signs a new staff member of this role in through the sign-in pages, answering the e-mailed code. */
    static EditorBrowser signedIn(ApplicationContext ctx, int port, Path profile, Role role) {
        StaffUser editor = StaffFixtures.member(ctx, role);
        EditorBrowser b = new EditorBrowser(Browser.open(profile, 1280, 900), port);
        b.driver.get(b.base + "/admin/login");
        b.driver.findElement(By.id("email")).sendKeys(editor.email());
        b.driver.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
        Browser.clickAndLoad(b.driver, By.cssSelector("form.form button"));
        b.driver.findElement(By.id("code")).sendKeys(StaffFixtures.lastCode(ctx, editor.email()));
        Browser.clickAndLoad(b.driver, By.cssSelector("form.form button"));
        assertThat(b.driver.getCurrentUrl()).endsWith("/admin");
        return b;
    }

    /** The test page with this body (and these "Also read" headlines); waits for the editor, returns its text. */
    WebElement open(String body, Map<Long, String> titles) {
        StringBuilder json = new StringBuilder("{");
        titles.forEach((id, headline) -> json.append(json.length() > 1 ? "," : "").append('"').append(id).append("\":\"")
                .append(headline.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        driver.get(UriComponentsBuilder.fromUriString(base + EditorTestPage.PATH).queryParam("body", "{body}")
                .queryParam("titles", "{titles}").build(body, json.append('}')).toString());
        try {
            return waiting(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".me-content")));
        } catch (TimeoutException e) {
            throw new AssertionError("the editor did not start: " + js("return window.editorTestErrors"), e);
        }
    }

    WebElement open(String body) {
        return open(body, Map.of());
    }

    void get(String path) {
        driver.get(base + path);
    }

    /** What the form would submit: the textarea's value. */
    String body() {
        return (String) js("return document.getElementById('body').value");
    }

    WebElement toolbar(String label) {
        return driver.findElement(By.cssSelector(".me-toolbar button[title^='" + label + "']"));
    }

    WebElement dialog() {
        return waiting(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
    }

    /** The field of the open dialog whose label reads {@code label}. */
    WebElement dialogField(String label) {
        WebElement l = dialog().findElement(By.xpath(".//label[.='" + label + "']"));
        return dialog().findElement(By.id(l.getAttribute("for")));
    }

    WebElement dialogButton(String text) {
        return dialog().findElement(By.xpath(".//button[.='" + text + "'] | .//summary[.='" + text + "']"));
    }

    /** Types a search into the open dialog and waits until every result shown matches it. */
    void search(String label, String query) {
        dialogField(label).sendKeys(query);
        waiting(5).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> results = dialog().findElements(By.cssSelector("li button"));
            return !results.isEmpty() && results.stream().allMatch(r -> r.getText().contains(query));
        });
    }

    /** A result of the open picker, by its caption or headline. */
    WebElement result(String text) {
        return waiting(5).until(d -> dialog().findElements(By.xpath(".//li/button[.//*[.='" + text + "']]")).stream().findFirst().orElse(null));
    }

    void awaitNoDialog() {
        waiting(5).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog[open]"), 0));
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Pastes as a browser does: a paste event carrying the clipboard's HTML (if any) and plain text. */
    void paste(String html, String text) {
        js("""
                const data = new DataTransfer();
                if (arguments[0] != null) data.setData("text/html", arguments[0]);
                data.setData("text/plain", arguments[1]);
                document.querySelector(".me-content").dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
                """, html, text);
    }

    /** Slows uploads to 10 kB a second (or back to full speed), so the picker's progress bar can be seen. */
    void throttleUploads(boolean slow) {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (!slow) {
            chrome.deleteNetworkConditions();
            return;
        }
        ChromiumNetworkConditions c = new ChromiumNetworkConditions();
        c.setDownloadThroughput(50_000_000);
        c.setUploadThroughput(10_000);
        chrome.setNetworkConditions(c);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** The HTML is what ArticleBody keeps: it passes the sanitizer unchanged, with nothing reported. */
    static void assertSanitizerKeeps(String html) {
        ArticleBody.Clean clean = ArticleBody.sanitize(html);
        assertThat(clean.removed()).as(html).isEmpty();
        assertThat(clean.html()).isEqualTo(html);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
