package org.masthead.journeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.masthead.H2IntegrationTest;
import org.masthead.TestSmtp;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.members.MemberFixtures;
import org.masthead.newsletter.Audience;
import org.masthead.newsletter.Cadence;
import org.masthead.newsletter.ListKind;
import org.masthead.newsletter.NewsletterLinks;
import org.masthead.newsletter.NewsletterFixtures;
import org.masthead.newsletter.NewsletterList;
import org.masthead.newsletter.NewsletterLists;
import org.masthead.newsletter.SaveList;
import org.masthead.newsletter.SubscriberFixtures;
import org.masthead.newsletter.Subscriptions;
import org.masthead.platform.ChangeFeed;
import org.masthead.staff.Role;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reader in real headless Chromium signs up to a newsletter from a story by address (the answer in place),
 * confirms by the e-mailed link's button, signs in with an e-mailed code and finds it subscribed on the account
 * page, where one click unsubscribes without a reload. Also keeps screenshots of the box (desktop and phone), the
 * manage page and the newsroom's list of newsletters.
 */
@H2IntegrationTest
@ExtendWith(Browser.class)
class NewsletterJourneyTests {

    @LocalServerPort int port;
    @TempDir Path profile;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;
    @Autowired TaxonomyService taxonomy;
    @Autowired NewsletterLists lists;
    @Autowired NewsletterLinks links;
    @Autowired Subscriptions subscriptions;
    @Autowired ChangeFeed feed;

    private Article lastStory;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A story in a section of its own, and a briefing called {@code name} that carries that section. */
    private String story(NewsletterList[] made, String name, String sectionName) {
        String slug = "desk-" + UUID.randomUUID().toString().substring(0, 6);
        Section section = taxonomy.saveSection(null, slug, sectionName, "", null, 95);
        NewsletterList l = SubscriberFixtures.sectionList(ctx, "Morning Briefing", List.of(section.id()));
        made[0] = lists.update(l.id(), new SaveList(name, "briefing-" + slug,
                "The five stories you need before nine, with the day's weather and what to watch.", l.kind(),
                l.cadence(), l.sendTime(), l.sendDay(), l.senderName(), l.senderAddress(), null, l.audience(),
                l.sectionIds()));
        Article a = ContentFixtures.published(articles, ContentFixtures.withSection(
                ContentFixtures.draft(ContentFixtures.unique("Harbour ferries return")), slug));
        feed.poll();
        lastStory = a;
        return paths.path(a);
    }

    private void newsroomList(String name, String description, ListKind kind, Cadence cadence, List<Long> sections,
                              Audience audience) {
        lists.create(new SaveList(name, "nl-" + UUID.randomUUID().toString().substring(0, 8), description, kind, cadence,
                cadence == Cadence.MANUAL ? null : LocalTime.of(8, 0), cadence == Cadence.WEEKLY ? DayOfWeek.SATURDAY : null,
                "The Test Herald", "newsletters@example.org", null, audience, sections));
    }

    @Test
    void aReaderSignsUpFromAStoryConfirmsByTheLinkAndFindsItOnTheAccountPage() {
        NewsletterList[] list = new NewsletterList[1];
        String path = story(list, "Morning Briefing", "City");
        String email = MemberFixtures.freshEmail();
        WebDriver driver = Browser.open(profile, 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        try {
            driver.get(base() + path);
            WebElement box = driver.findElement(By.cssSelector(".newsletter-box"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            assertThat(box.findElement(By.tagName("h2")).getText()).isEqualTo("Morning Briefing");
            Browser.screenshot(driver, "newsletter-article-box");
            box.findElement(By.cssSelector("input[name=email]")).sendKeys(email);
            box.findElement(By.cssSelector("form[data-newsletter-signup] button")).click();
            WebElement answer = box.findElement(By.cssSelector("[data-newsletter-answer]"));
            wait.until(d -> answer.isDisplayed());
            assertThat(answer.getText()).startsWith("Almost done").contains("•••@example.org");
            assertThat(driver.getCurrentUrl()).as("no reload").isEqualTo(base() + path);

            driver.get(base() + SubscriberFixtures.confirmPath(ctx, email));
            assertThat(driver.findElement(By.cssSelector(".auth-lead")).getText()).contains("Morning Briefing");
            Browser.clickAndLoad(driver, By.cssSelector(".auth form button"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You are subscribed");

            driver.get(base() + "/account/sign-in?next=/account");
            driver.findElement(By.id("email")).sendKeys(email);
            Browser.clickAndLoad(driver, By.xpath("//button[normalize-space()='E-mail me a sign-in code']"));
            driver.findElement(By.id("code")).sendKeys(MemberFixtures.lastCode(ctx, email));
            Browser.clickAndLoad(driver, By.cssSelector(".auth form button[type=submit]"));
            WebElement item = driver.findElement(By.id("newsletter-" + list[0].id()));
            assertThat(item.findElement(By.cssSelector("[data-newsletter-state]")).getText()).isEqualTo("SUBSCRIBED");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
            Browser.screenshot(driver, "newsletter-account");
            item.findElement(By.tagName("button")).click();
            wait.until(d -> item.findElement(By.cssSelector("[data-newsletter-state]")).getText().equals("NOT SUBSCRIBED"));
            assertThat(subscriptions.isSubscribed(MemberFixtures.idOf(ctx, email), list[0].id())).isFalse();
            item.findElement(By.tagName("button")).click();
            wait.until(d -> item.findElement(By.cssSelector("[data-newsletter-state]")).getText().equals("SUBSCRIBED"));

            driver.get(base() + path); // signed in now: the box is one button
            WebElement one = driver.findElement(By.cssSelector(".newsletter-box form[data-newsletter-toggle] button"));
            wait.until(d -> one.isDisplayed());
            assertThat(one.getText()).isEqualTo("Subscribed ✓");
            assertThat(driver.findElement(By.cssSelector("form[data-newsletter-signup]")).isDisplayed()).isFalse();

            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            driver.get(base() + links.manageUrl(MemberFixtures.idOf(ctx, email)).replaceFirst("https?://[^/]+", ""));
            Browser.fullPage(driver, "newsletter-manage-phone");
        } finally {
            driver.quit();
        }
    }

    /**
     * The issue's journey: a reader signs up from a story, confirms by the link in the captured e-mail, receives
     * the breaking issue an editor sends, and unsubscribes by the link in that e-mail, in one click.
     */
    @Test
    void aReaderSubscribesFromAStoryReceivesBreakingNewsAndUnsubscribesFromTheEmail() throws Exception {
        NewsletterList[] list = new NewsletterList[1];
        String path = story(list, "Harbour Alerts", "Harbour");
        String email = MemberFixtures.freshEmail();
        WebDriver driver = Browser.open(profile, 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        try {
            driver.get(base() + path);
            WebElement box = driver.findElement(By.cssSelector(".newsletter-box"));
            box.findElement(By.cssSelector("input[name=email]")).sendKeys(email);
            box.findElement(By.cssSelector("form[data-newsletter-signup] button")).click();
            wait.until(d -> box.findElement(By.cssSelector("[data-newsletter-answer]")).isDisplayed());

            MimeMessage confirmation = TestSmtp.awaitMessageTo(email);
            Matcher confirm = LINK.matcher(parts(confirmation).text());
            assertThat(confirm.find()).as("a confirmation link in the e-mail").isTrue();
            assertThat(confirm.group(1)).startsWith("/newsletters/confirm/");
            driver.get(base() + confirm.group(1));
            Browser.clickAndLoad(driver, By.cssSelector(".auth form button"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You are subscribed");
            long member = MemberFixtures.idOf(ctx, email);
            assertThat(subscriptions.isSubscribed(member, list[0].id())).isTrue();

            Article story = lastStory;
            NewsletterFixtures.sendBreaking(ctx, list[0], story.id(), StaffFixtures.member(ctx, Role.EDITOR).id());
            await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.receivedBy(email).size() == 2);
            MimeMessage issue = TestSmtp.receivedBy(email).get(1);
            assertThat(issue.getSubject()).isEqualTo(story.headline());
            assertThat(issue.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(issue.getHeader("List-Unsubscribe", null)).matches("<https://[^>]+/newsletters/unsubscribe/[^>]+>");
            Mail mail = parts(issue);
            assertThat(mail.html()).contains(story.headline());
            Matcher unsubscribe = UNSUBSCRIBE.matcher(mail.html());
            assertThat(unsubscribe.find()).as("an unsubscribe link in the e-mail").isTrue();

            driver.get(base() + unsubscribe.group(1));
            WebElement panel = driver.findElement(By.cssSelector(".highlight-panel"));
            assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("You are subscribed to Harbour Alerts");
            WebElement state = panel.findElement(By.cssSelector("[data-newsletter-state]"));
            assertThat(state.getText()).isEqualTo("SUBSCRIBED");
            panel.findElement(By.cssSelector("form button")).click(); // one click, no reload with script
            wait.until(d -> state.getText().equals("NOT SUBSCRIBED"));
            assertThat(subscriptions.isSubscribed(member, list[0].id())).isFalse();
            driver.navigate().refresh();
            assertThat(driver.findElement(By.cssSelector(".highlight-panel h2")).getText())
                    .isEqualTo("You have been unsubscribed from Harbour Alerts");
        } finally {
            driver.quit();
        }
    }

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/newsletters/confirm/[A-Za-z0-9._~-]+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("href=\"https?://[^/\"]+(/newsletters/unsubscribe/[A-Za-z0-9._~-]+)\"");

    private record Mail(String text, String html) { }

    /** The text and HTML parts of a message: a multipart/alternative, or a single text part. */
    private static Mail parts(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String s) {
            return new Mail(s, "");
        }
        MimeMultipart alt = (MimeMultipart) content;
        String text = "";
        String html = "";
        for (int i = 0; i < alt.getCount(); i++) {
            var part = alt.getBodyPart(i);
            Object c = part.getContent();
            if (c instanceof MimeMultipart nested) { // e.g. related: HTML with inline pictures
                c = nested.getBodyPart(0).getContent();
            }
            if (part.isMimeType("text/plain")) {
                text = (String) c;
            } else {
                html = (String) c;
            }
        }
        return new Mail(text, html);
    }

    @Test
    void screenshotsOfThePhoneBoxTheManagePageAndTheNewsroomsList() {
        NewsletterList[] list = new NewsletterList[1];
        String path = story(list, "Harbour Briefing", "Harbour");
        long member = MemberFixtures.member(ctx, "Manage Reader").id();
        subscriptions.subscribe(member, list[0].id(), Subscriptions.ACCOUNT_PAGE);
        StaffUser admin = StaffFixtures.member(ctx, Role.ADMIN);
        List<Long> sections = List.of(taxonomy.sections().get(0).id());
        newsroomList("Weekend Reads", "The week's best long reads, every Saturday morning.", ListKind.NEWS,
                Cadence.WEEKLY, sections, Audience.EVERYONE);
        newsroomList("Breaking News", "Big stories as they happen.", ListKind.NEWS, Cadence.MANUAL, List.of(),
                Audience.EVERYONE);
        newsroomList("Insider", "Notes from our editors, for subscribers.", ListKind.NEWS, Cadence.MANUAL, List.of(),
                Audience.SUBSCRIBERS);
        newsroomList("Offers and early access", "Discounts and early access.", ListKind.OFFERS, Cadence.MANUAL,
                List.of(), Audience.EVERYONE);
        WebDriver driver = Browser.open(profile, 390, 844);
        try {
            driver.get(base() + path);
            WebElement box = driver.findElement(By.cssSelector(".newsletter-box"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            Browser.screenshot(driver, "newsletter-article-box-phone");
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).isEqualTo(false);

            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            driver.get(base() + links.unsubscribeUrl(member, list[0].id()).replaceFirst("https?://[^/]+", ""));
            assertThat(driver.findElement(By.cssSelector(".highlight-panel h2")).getText())
                    .isEqualTo("You are subscribed to Harbour Briefing");
            Browser.fullPage(driver, "newsletter-manage");

            driver.get(base() + "/admin");
            driver.findElement(By.id("email")).sendKeys(admin.email());
            driver.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
            Browser.clickAndLoad(driver, By.cssSelector("form.form button"));
            driver.findElement(By.id("code")).sendKeys(StaffFixtures.lastCode(ctx, admin.email()));
            Browser.clickAndLoad(driver, By.cssSelector("form.form button"));
            driver.get(base() + "/admin/newsletters");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Newsletters");
            Browser.fullPage(driver, "newsletter-admin-lists");
            driver.get(base() + "/admin/newsletters/" + list[0].id());
            Browser.fullPage(driver, "newsletter-admin-form");
        } finally {
            driver.quit();
        }
    }
}
