package org.masthead.newsletter;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.TestSmtp;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.content.Section;
import org.masthead.content.Slugs;
import org.masthead.content.TaxonomyService;
import org.masthead.members.MemberFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The issue screens as an editor uses them: composing breaking news and custom texts with refused fields named
 * and kept, previews of both variants, a test to oneself over SMTP, "Send now" after a confirmation naming the
 * list and its readers, sent once however often pressed; the next digest; ids and roles checked.
 */
@H2IntegrationTest
class IssueScreensTests {

    private static final String NEW = "/admin/newsletters/issues/new";

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired TaxonomyService taxonomy;
    @Autowired JdbcClient db;
    @Autowired Clock clock;

    private StaffBrowser signedIn(StaffUser user) {
        StaffBrowser b = StaffFixtures.signedIn(ctx, port, user);
        b.page(NEW);
        return b;
    }

    private void subscribe(NewsletterList list, int readers) {
        for (int i = 0; i < readers; i++) {
            db.sql("""
                    INSERT INTO newsletter_subscription (list_id, member_id, subscribed, source, created_at, changed_at)
                    VALUES (:list, :member, TRUE, 'test', :at, :at)
                    """).param("list", list.id()).param("member", MemberFixtures.member(ctx, "Reader").id())
                    .param("at", org.masthead.platform.JdbcTimes.ts(clock.instant())).update();
        }
    }

    private Article premium(String headline) {
        ArticleDraft d = ContentFixtures.draft(ContentFixtures.unique(headline));
        return ContentFixtures.published(articles, new ArticleDraft(d.headline(), d.standfirst(),
                "<p>Free opening.</p><p>Also free.</p><p>Only for subscribers.</p>", null, "world", d.bylines(),
                d.tags(), d.dateline(), AccessLevel.PREMIUM, null, null, null, null, null));
    }

    private static Document html(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void anEditorPicksAnArticlePreviewsTestsAndSendsItOnce() throws Exception {
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        StaffBrowser b = signedIn(editor);
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Alerts");
        subscribe(list, 2);
        Article story = premium("Bridge closes after storm");
        String key = b.page(NEW).selectFirst("input[name=key]").val();
        String[] fields = {"list", String.valueOf(list.id()), "kind", "breaking", "article", String.valueOf(story.id()),
                "subject", "", "intro", "Our reporters are there.", "text", "", "key", key};

        Document found = html(b.post(NEW, with(fields, "action", "find", "q", story.headline().substring(0, 30))));
        assertThat(found.select("label.pick").text()).contains(story.headline(), "Premium");

        Document preview = html(b.post(NEW, with(fields, "action", "preview")));
        assertThat(preview.selectFirst("#subject").val()).as("the headline when no subject was typed").isEqualTo(story.headline());
        assertThat(preview.select(".mail-variant h3").eachText()).containsExactly("What subscribers get", "What other readers get");
        assertThat(preview.select("iframe[sandbox]")).hasSize(2).first()
                .satisfies(f -> assertThat(Jsoup.parse(f.attr("srcdoc")).text()).contains("Only for subscribers.", "Our reporters are there."));
        assertThat(Jsoup.parse(preview.select("iframe").get(1).attr("srcdoc")).text()).doesNotContain("Only for subscribers.");
        assertThat(preview.select(".mail-text").first().text()).contains("https://news.example.org/account");

        Document tested = html(b.post(NEW, with(fields, "action", "test")));
        assertThat(tested.select("[role=status]").text()).contains(editor.email());
        assertThat(testMail(editor).getSubject()).isEqualTo("[Test] " + story.headline());
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        testMail(editor).writeTo(raw);
        assertThat(raw.toString(java.nio.charset.StandardCharsets.UTF_8)).as("links as the account page, no placeholders")
                .contains("https://news.example.org/account").doesNotContain("%%");

        Document confirm = html(b.post(NEW, with(fields, "action", "confirm")));
        assertThat(confirm.select("#confirm-title + p").text()).isEqualTo("It goes to 2 readers of " + list.name()
                + ", starting at once. A sent issue cannot be called back.");
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_issue WHERE list_id = :l").param("l", list.id())
                .query(Long.class).single()).as("nothing stored before the send").isZero();

        HttpResponse<String> sent = b.post(NEW, with(fields, "action", "send", "subject", story.headline()));
        String location = sent.headers().firstValue("location").orElseThrow();
        assertThat(location).matches("/admin/newsletters/issues/\\d+\\?done=sent");
        assertThat(b.post(NEW, with(fields, "action", "send", "subject", story.headline())).headers().firstValue("location"))
                .as("pressed twice, sent once").hasValue(location);
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_issue WHERE list_id = :l").param("l", list.id())
                .query(Long.class).single()).isEqualTo(1);
        Document issue = b.page(location);
        assertThat(issue.select("h1").text()).isEqualTo(story.headline());
        assertThat(issue.select("[role=status]").text()).isEqualTo("The issue is stored and its send has started.");
        Element row = b.page("/admin/newsletters/issues").select("tbody tr").first();
        assertThat(row.text()).contains(story.headline(), list.name(), "Breaking").containsPattern("Preparing|Sending|Sent");
        assertThat(row.select("td:last-child a").attr("href")).as("the send's report").startsWith("/admin/newsletters/sends/");
    }

    @Test
    void refusedFieldsAreNamedAndWhatWasTypedStays() {
        StaffBrowser b = signedIn(StaffFixtures.member(ctx, Role.EDITOR));
        Document page = html(b.post(NEW, "action", "preview", "list", "", "kind", "custom",
                "subject", "Hello\r\nBcc: everyone@example.org", "text", "Kept text\n\nSecond paragraph", "key", "k-1"));
        assertThat(page.select("#list ~ .field-error").first().text()).isEqualTo("Pick a newsletter");
        assertThat(page.select("#subject-error").text()).isEqualTo("A subject is one line: remove the line breaks");
        assertThat(page.selectFirst("#subject").val()).startsWith("Hello");
        assertThat(page.selectFirst("textarea#text").val()).isEqualTo("Kept text\n\nSecond paragraph");
        assertThat(page.select("iframe")).as("no preview of a refused issue").isEmpty();

        NewsletterList list = NewsletterFixtures.manualList(ctx, "Notes");
        Document breaking = html(b.post(NEW, "action", "confirm", "list", String.valueOf(list.id()), "kind", "breaking",
                "article", "", "subject", "x".repeat(201), "key", "k-2"));
        assertThat(breaking.select("#article-error, fieldset .field-error").text()).contains("Pick a published article");
        assertThat(breaking.select("#subject-error").text()).isEqualTo("Use at most 200 characters (now 201)");
        assertThat(breaking.select("#confirm-title")).isEmpty();
    }

    @Test
    void idsThatNameNothingAre404AndOnlyEditorsAndUpSendIssues() {
        StaffBrowser editor = signedIn(StaffFixtures.member(ctx, Role.EDITOR));
        NewsletterList manual = NewsletterFixtures.manualList(ctx, "Manual");
        assertThat(editor.get("/admin/newsletters/issues/999999999").statusCode()).isEqualTo(404);
        assertThat(editor.get("/admin/newsletters/issues/digest/999999999").statusCode()).isEqualTo(404);
        assertThat(editor.get("/admin/newsletters/issues/digest/" + manual.id()).statusCode())
                .as("a manual list has no digest").isEqualTo(404);

        StaffBrowser author = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.AUTHOR));
        author.page("/admin");
        assertThat(author.get("/admin/newsletters/issues").statusCode()).isEqualTo(403);
        assertThat(author.post(NEW, "action", "send", "list", String.valueOf(manual.id()), "kind", "custom",
                "subject", "S", "text", "T", "key", "k-3").statusCode()).isEqualTo(403);
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_issue WHERE list_id = :l").param("l", manual.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theNextDigestIsPreviewedTestedAndSentNowAfterAConfirmation() throws Exception {
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        StaffBrowser b = signedIn(editor);
        Section s = taxonomy.saveSection(null, Slugs.of(ContentFixtures.unique("Screen Desk")), "Screen Desk", "", null, 96);
        NewsletterList list = NewsletterFixtures.dailyDigest(ctx, "Screen Briefing", LocalTime.of(6, 0), List.of(s.id()));
        subscribe(list, 1);
        Article a = ContentFixtures.published(articles,
                ContentFixtures.withSection(ContentFixtures.draft(ContentFixtures.unique("Tide tables")), s.slug()));

        assertThat(b.page("/admin/newsletters/issues").select("a[href=/admin/newsletters/issues/digest/" + list.id() + "]"))
                .hasSize(1);
        Document next = b.page("/admin/newsletters/issues/digest/" + list.id());
        assertThat(next.select(".lede").text()).contains("daily at 06:00", "(1 story)");
        assertThat(Jsoup.parse(next.selectFirst("iframe").attr("srcdoc")).text()).contains(a.headline());

        html(b.post("/admin/newsletters/issues/digest/" + list.id() + "/test"));
        assertThat(testMail(editor).getSubject()).isEqualTo("[Test] " + list.name() + ": " + a.headline());

        Document confirm = html(b.post("/admin/newsletters/issues/digest/" + list.id() + "/send"));
        assertThat(confirm.select("#confirm-title + p").text()).startsWith("It goes to 1 reader of " + list.name() + " now.");
        String location = b.post("/admin/newsletters/issues/digest/" + list.id() + "/send", "confirm", "yes")
                .headers().firstValue("location").orElseThrow();
        assertThat(b.page(location).select("dl").text()).contains("Digest", "Covers articles published", a.headline());
        Document after = b.page("/admin/newsletters/issues/digest/" + list.id());
        assertThat(after.select(".panel").text()).contains("Nothing is new in this newsletter's sections since its last digest.");
    }

    /** The first test issue mailed to {@code who} (other mail, such as sign-in codes, goes there too). */
    private static MimeMessage testMail(StaffUser who) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> tests(who).findAny().isPresent());
        return tests(who).findFirst().orElseThrow();
    }

    private static Stream<MimeMessage> tests(StaffUser who) {
        return TestSmtp.receivedBy(who.email()).stream().filter(m -> {
            try {
                return m.getSubject().startsWith(IssuePreviews.TEST_PREFIX);
            } catch (MessagingException e) {
                return false;
            }
        });
    }

    private static String[] with(String[] fields, String... more) {
        String[] all = new String[fields.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(fields, 0, all, more.length, fields.length);
        return all;
    }
}
