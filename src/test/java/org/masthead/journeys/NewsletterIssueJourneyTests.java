package org.masthead.journeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.H2IntegrationTest;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.newsletter.Audience;
import org.masthead.newsletter.Cadence;
import org.masthead.newsletter.ListKind;
import org.masthead.newsletter.NewsletterFixtures;
import org.masthead.newsletter.NewsletterList;
import org.masthead.newsletter.NewsletterLists;
import org.masthead.newsletter.SaveList;
import org.masthead.staff.Role;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newsletter issues in real Chromium: an editor composes breaking news (find an article, preview both variants in
 * their frames), and a digest of the demo newsroom's newest stories reads at the e-mail's 600 pixels and on a
 * phone, with nothing wider than the screen.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
class NewsletterIssueJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleQueries articles;
    @Autowired TaxonomyService taxonomy;
    @TempDir Path profile;
    @TempDir Path mail;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A list named as a newsroom would name it (screenshots of it land in docs/), with a slug of its own. */
    private NewsletterList named(String name, Cadence cadence, List<Long> sections) {
        String slug = name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        return ctx.getBean(NewsletterLists.class).create(new SaveList(name, slug, "What " + name + " brings you.",
                ListKind.NEWS, cadence, cadence == Cadence.MANUAL ? null : LocalTime.of(6, 30), null, "The Test Herald",
                "newsletters@example.org", null, Audience.EVERYONE, sections));
    }

    @Test
    void anEditorFindsAnArticleAndPreviewsWhatSubscribersAndOtherReadersGet() {
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        NewsletterList list = named("Breaking News", Cadence.MANUAL, List.of());
        NewsletterList digest = named("Morning Briefing", Cadence.DAILY,
                taxonomy.sections().stream().filter(s -> s.parentId() == null).map(Section::id).toList());
        ArticleSummary metered = articles.latest(40).stream().filter(a -> a.access().name().equals("METERED")).findFirst()
                .orElseThrow();
        WebDriver driver = Browser.open(profile, 1280, 1000);
        try {
            driver.get(base() + "/admin");
            driver.findElement(By.id("email")).sendKeys(editor.email());
            driver.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
            Browser.clickAndLoad(driver, By.cssSelector("form.form button"));
            driver.findElement(By.id("code")).sendKeys(StaffFixtures.lastCode(ctx, editor.email()));
            Browser.clickAndLoad(driver, By.cssSelector("form.form button"));

            driver.get(base() + "/admin/newsletters/issues");
            Browser.clickAndLoad(driver, By.linkText("New issue"));
            new Select(driver.findElement(By.id("list"))).selectByVisibleText(list.name());
            driver.findElement(By.id("q")).sendKeys(metered.headline().substring(0, 20));
            Browser.clickAndLoad(driver, By.cssSelector("button[value=find]"));
            driver.findElement(By.cssSelector("input[name=article][value='" + metered.id() + "']")).click();
            driver.findElement(By.id("intro")).sendKeys("What we know so far, from our reporters on the scene.");
            Browser.clickAndLoad(driver, By.cssSelector(".buttons button[value=preview]"));

            assertThat(driver.findElements(By.cssSelector(".mail-variant h3"))).extracting(e -> e.getText())
                    .containsExactly("What subscribers get", "What other readers get");
            driver.switchTo().frame(driver.findElements(By.cssSelector("iframe.mail-frame")).get(1));
            assertThat(driver.findElement(By.tagName("body")).getText()).contains(metered.headline(),
                    "The rest of this story is on our website.", "Continue reading");
            driver.switchTo().defaultContent();
            Browser.fullPage(driver, "newsletter-compose");

            Browser.clickAndLoad(driver, By.cssSelector(".buttons button[value=confirm]"));
            assertThat(driver.findElement(By.cssSelector("#confirm-title + p")).getText())
                    .startsWith("It goes to 0 readers of " + list.name());
            Browser.screenshot(driver, "newsletter-confirm");
            Browser.clickAndLoad(driver, By.cssSelector("button[value=send]"));
            assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("The issue is stored and its send has started.");
            Browser.fullPage(driver, "newsletter-issue");
            Browser.clickAndLoad(driver, By.linkText("← Issues"));
            assertThat(driver.findElement(By.cssSelector("tbody tr")).getText()).contains(metered.headline(), "Breaking");
            Browser.screenshot(driver, "newsletter-issues");

            driver.get(base() + "/admin/newsletters/issues/digest/" + digest.id());
            assertThat(driver.findElement(By.cssSelector(".lede")).getText()).contains("daily at 06:30");
            assertThat(driver.findElements(By.cssSelector("iframe.mail-frame"))).isNotEmpty();
            Browser.fullPage(driver, "newsletter-next-digest");
        } finally {
            driver.quit();
        }
    }

    @Test
    void aDigestReadsAtTheEmailsWidthAndOnAPhone() throws Exception {
        NewsletterList list = named("Morning Briefing", Cadence.DAILY, taxonomy.sections().stream().map(Section::id).toList());
        Path file = mail.resolve("digest.html");
        Files.writeString(file, NewsletterFixtures.digestHtml(ctx, list, articles.latest(6))
                .replace("https://news.example.org", base()), StandardCharsets.UTF_8);
        WebDriver driver = Browser.open(profile, 760, 1000);
        try {
            driver.get(file.toUri().toString());
            Number table = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.querySelector('table[width=\"600\"]').getBoundingClientRect().width");
            assertThat(table.intValue()).isEqualTo(600);
            assertThat(driver.findElements(By.cssSelector("img"))).allSatisfy(img ->
                    assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", img))
                            .intValue()).as("pictures load").isPositive());
            Browser.fullPage(driver, "newsletter-digest");

            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            driver.navigate().refresh();
            Number wide = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
            Number shown = (Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
            assertThat(wide.intValue()).as("nothing wider than a phone").isLessThanOrEqualTo(shown.intValue());
            Browser.fullPage(driver, "newsletter-digest-phone");
        } finally {
            driver.quit();
        }
    }
}
