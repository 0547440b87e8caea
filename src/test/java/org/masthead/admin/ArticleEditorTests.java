package org.masthead.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ArticleStatus;
import org.masthead.content.ArticleWorkflow;
import org.masthead.content.ContentFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** The editor over HTTP as a person without script uses it: fields, buttons, messages, conflicts. */
@H2IntegrationTest
class ArticleEditorTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticleWorkflow workflow;
    @Autowired ArticleQueries queries;
    @Autowired ArticlePaths paths;
    @Autowired MutableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private StaffBrowser as(StaffUser user) {
        return StaffFixtures.signedIn(ctx, port, user);
    }

    private static long idFrom(HttpResponse<String> saved) {
        String location = saved.headers().firstValue("location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/admin/articles/(\\d+).*", "$1"));
    }

    private static String[] newArticle(String headline, String action) {
        return new String[]{"headline", headline, "standfirst", "What happened, in a sentence.",
                "body", "<p>First paragraph.</p><script>alert(1)</script>", "section", "world", "addByline", "lena-varga",
                "tags", "Harbours, Weather", "access", "free", "dateline", "VIENNA", "action", action};
    }

    @Test
    void anEditorWritesANewArticleInTheFormAndSeesItSavedAndCleaned() {
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        StaffBrowser browser = as(editor);
        Document blank = browser.page("/admin/articles/new");
        assertThat(blank.selectFirst("textarea#body[data-editor=article-body]")).isNotNull();

        String headline = unique("Harbour reopens");
        HttpResponse<String> saved = browser.post("/admin/articles", newArticle(headline, "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        Document page = browser.page(saved.headers().firstValue("location").orElseThrow());

        assertThat(page.selectFirst(".notice").text()).isEqualTo("Saved.");
        assertThat(page.selectFirst(".caution-line").text()).contains("<script>");
        assertThat(page.selectFirst("#headline").val()).isEqualTo(headline);
        assertThat(page.selectFirst("#body").val()).isEqualTo("<p>First paragraph.</p>");
        assertThat(page.select(".byline-list .byline-name")).extracting(e -> e.text()).containsExactly("Lena Varga");
        assertThat(page.selectFirst(".tag").text()).isEqualTo("Draft");
        Article a = queries.byId(idFrom(saved)).orElseThrow();
        assertThat(a.createdBy()).isEqualTo(editor.id());
        assertThat(a.tags()).extracting(t -> t.name()).containsExactly("Harbours", "Weather");
    }

    @Test
    void aRefusedSaveKeepsEverythingTypedAndSaysWhyBesideEachField() {
        StaffBrowser browser = as(StaffFixtures.member(ctx, Role.AUTHOR));
        browser.page("/admin/articles/new");
        HttpResponse<String> refused = browser.post("/admin/articles", "headline", "", "standfirst", "Kept standfirst",
                "body", "<p>Kept body</p>", "section", "world", "access", "free", "leadMediaId", "abc", "action", "save");

        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst(".error-summary").text()).contains("Not saved");
        assertThat(page.selectFirst("#leadMediaId-error").text()).isEqualTo("a number, or nothing");
        assertThat(page.selectFirst("#standfirst").val()).isEqualTo("Kept standfirst");
        assertThat(page.selectFirst("#body").val()).isEqualTo("<p>Kept body</p>");

        HttpResponse<String> second = browser.post("/admin/articles", "headline", "", "standfirst", "Kept standfirst",
                "body", "<p>Kept body</p>", "section", "world", "access", "free", "action", "save");
        Document again = Jsoup.parse(second.body());
        assertThat(again.selectFirst("#headline-error").text()).isEqualTo("must not be blank");
        assertThat(again.selectFirst("#bylines-error").text()).isEqualTo("name at least one author or desk");
    }

    @Test
    void bylinesAreAddedReorderedAndRemovedWithoutScript() {
        StaffBrowser browser = as(StaffFixtures.member(ctx, Role.EDITOR));
        browser.page("/admin/articles/new");
        HttpResponse<String> added = browser.post("/admin/articles", "headline", "Bylines", "bylines", "lena-varga",
                "addByline", "foreign-desk", "byline", "add", "section", "world", "access", "free");
        Document page = Jsoup.parse(added.body());
        assertThat(page.select(".byline-list input[name=bylines]")).extracting(e -> e.val()).containsExactly("lena-varga", "foreign-desk");
        assertThat(page.selectFirst("button[aria-label='Move Lena Varga up']").hasAttr("disabled")).isTrue();

        HttpResponse<String> moved = browser.post("/admin/articles", "headline", "Bylines", "bylines", "lena-varga",
                "bylines", "foreign-desk", "byline", "up:1", "section", "world", "access", "free");
        assertThat(Jsoup.parse(moved.body()).select(".byline-list input[name=bylines]")).extracting(e -> e.val())
                .containsExactly("foreign-desk", "lena-varga");
        HttpResponse<String> removed = browser.post("/admin/articles", "headline", "Bylines", "bylines", "foreign-desk",
                "bylines", "lena-varga", "byline", "remove:0", "section", "world", "access", "free");
        assertThat(Jsoup.parse(removed.body()).select(".byline-list input[name=bylines]")).extracting(e -> e.val())
                .containsExactly("lena-varga");
        assertThat(Jsoup.parse(removed.body()).selectFirst("#headline").val()).isEqualTo("Bylines");
    }

    @Test
    void aStaleSaveNamesWhoSavedMeanwhileKeepsTheTypedTextAndCanSaveOverIt() {
        StaffUser first = StaffFixtures.member(ctx, Role.EDITOR);
        StaffUser second = StaffFixtures.member(ctx, Role.EDITOR);
        long id = articles.create(ContentFixtures.draft(unique("Contested")), first.id()).article().id();
        StaffBrowser one = as(first);
        StaffBrowser two = as(second);
        Document mine = two.page("/admin/articles/" + id);
        Document theirs = one.page("/admin/articles/" + id);
        one.post("/admin/articles/" + id, EditorForms.fields(theirs, "body", "<p>Their words.</p>", "action", "save"));

        two.page("/admin/articles/" + id + "?x"); // a fresh CSRF field; the form below is still the old one
        HttpResponse<String> stale = two.post("/admin/articles/" + id, EditorForms.fields(mine, "body", "<p>My words.</p>", "action", "save"));
        Document conflict = Jsoup.parse(stale.body());
        assertThat(conflict.selectFirst(".conflict h2").text()).isEqualTo(first.name() + " saved this article while you were editing");
        assertThat(conflict.selectFirst("#body").val()).isEqualTo("<p>My words.</p>");
        String compare = conflict.selectFirst(".conflict a").attr("href");
        assertThat(two.page(compare).select(".body-diff ins").text()).contains("Their");
        assertThat(queries.byId(id).orElseThrow().bodyHtml()).isEqualTo("<p>Their words.</p>");

        String overwrite = conflict.selectFirst(".conflict button").attr("formaction");
        HttpResponse<String> over = two.post(overwrite, EditorForms.fields(conflict, "action", "save"));
        assertThat(over.statusCode()).isEqualTo(302);
        Article now = queries.byId(id).orElseThrow();
        assertThat(now.bodyHtml()).isEqualTo("<p>My words.</p>");
        assertThat(now.modifiedBy()).isEqualTo(second.id());
    }

    @Test
    void updatingAPublishedArticleAsksHowSignificantItIsAndShowsTheCorrection() {
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        Article live = ContentFixtures.published(articles, ContentFixtures.draft(unique("Already out")));
        StaffBrowser browser = as(editor);
        Document page = browser.page("/admin/articles/" + live.id());
        assertThat(page.select("input[name=change]")).hasSize(2);

        HttpResponse<String> unasked = browser.post("/admin/articles/" + live.id(), EditorForms.fields(page, "action", "save"));
        assertThat(Jsoup.parse(unasked.body()).selectFirst("#change-error").text())
                .isEqualTo("say whether this is a significant update or a minor fix");

        browser.post("/admin/articles/" + live.id(), EditorForms.fields(page, "change", "minor", "action", "save"));
        assertThat(queries.byId(live.id()).orElseThrow().updatedAt()).isNull();

        clock.advance(Duration.ofMinutes(5));
        Document again = browser.page("/admin/articles/" + live.id());
        browser.post("/admin/articles/" + live.id(), EditorForms.fields(again, "change", "significant",
                "correction", "An earlier version gave the wrong date.", "action", "save"));
        Article updated = queries.byId(live.id()).orElseThrow();
        assertThat(updated.updatedAt()).isNotNull();
        assertThat(updated.corrections()).extracting(c -> c.text()).containsExactly("An earlier version gave the wrong date.");
    }

    @Test
    void publishingWithPicturesWithoutAltTextWarnsOnceThenGoesAhead() {
        StaffBrowser browser = as(StaffFixtures.member(ctx, Role.EDITOR));
        browser.page("/admin/articles/new");
        String[] fields = newArticle(unique("No alt"), "publish");
        fields[5] = "<p>Text.</p><figure><img src=\"https://example.org/a.jpg\"><figcaption>A picture</figcaption></figure>";
        HttpResponse<String> warned = browser.post("/admin/articles", fields);
        Document page = Jsoup.parse(warned.body());
        assertThat(page.selectFirst(".caution h2").text()).isEqualTo("Some pictures have no alt text");
        assertThat(page.selectFirst(".caution li").text()).isEqualTo("One picture in the body has no alt text.");

        String anyway = page.selectFirst(".caution button").attr("formaction");
        String[] withoutAction = java.util.Arrays.copyOf(fields, fields.length - 2);
        HttpResponse<String> published = browser.post(anyway, withoutAction);
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(queries.byId(idFrom(published)).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void anEditorSchedulesInThePapersTimeZone() {
        StaffBrowser browser = as(StaffFixtures.member(ctx, Role.EDITOR));
        browser.page("/admin/articles/new");
        String[] fields = newArticle(unique("Scheduled here"), "schedule");
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Kolkata")).plusDays(1).withSecond(0).withNano(0);
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "publishAt";
        all[fields.length + 1] = at.toString();
        HttpResponse<String> saved = browser.post("/admin/articles", all);
        Article a = queries.byId(idFrom(saved)).orElseThrow();
        assertThat(a.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(a.scheduledAt()).isEqualTo(at.atZone(ZoneId.of("Asia/Kolkata")).toInstant());
    }

    @Test
    void aContributorWritesAndSubmitsButCannotPublishAndThenOnlyReads() {
        StaffUser contributor = StaffFixtures.member(ctx, Role.CONTRIBUTOR);
        StaffBrowser browser = as(contributor);
        Document blank = browser.page("/admin/articles/new");
        assertThat(blank.select("button[value=publish], button[value=schedule]")).isEmpty();
        assertThat(browser.post("/admin/articles", newArticle(unique("Refused"), "publish")).statusCode()).isEqualTo(403);

        HttpResponse<String> submitted = browser.post("/admin/articles", newArticle(unique("For review"), "submit"));
        long id = idFrom(submitted);
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(ArticleStatus.SUBMITTED);
        Document page = browser.page("/admin/articles/" + id);
        assertThat(page.selectFirst("fieldset.editor-main").hasAttr("disabled")).isTrue();
        assertThat(page.select("button[form=withdraw-form]").text()).isEqualTo("Withdraw from review");

        browser.post("/admin/articles/" + id + "/withdraw", "version", page.selectFirst("input[name=version]").val());
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }
}
