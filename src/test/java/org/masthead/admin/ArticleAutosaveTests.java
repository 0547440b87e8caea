package org.masthead.admin;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Article;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleRevisions;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.content.Revision;
import org.masthead.content.RevisionKind;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** The editor's autosave endpoint as {@code article-editor.js} calls it: new version, or who saved meanwhile. */
@H2IntegrationTest
class ArticleAutosaveTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;
    @Autowired ArticleRevisions revisions;

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    @Test
    void savesADraftAsANewVersionAndAnswersIt() {
        StaffUser author = StaffFixtures.member(ctx, Role.AUTHOR);
        Article a = articles.create(ContentFixtures.draft(unique("Typing")), author.id()).article();
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, author);
        Document editor = browser.page("/admin/articles/" + a.id());

        HttpResponse<String> saved = browser.post("/admin/articles/" + a.id() + "/autosave",
                EditorForms.fields(editor, "body", "<p>Half a thought</p>"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json(saved).get("version").asInt()).isEqualTo(a.version() + 1);
        assertThat(queries.byId(a.id()).orElseThrow().bodyHtml()).isEqualTo("<p>Half a thought</p>");
        assertThat(revisions.history(a.id())).extracting(Revision.Entry::kind).contains(RevisionKind.AUTOSAVED);
    }

    @Test
    void answers409NamingWhoSavedMeanwhileAndSavesNothing() {
        StaffUser first = StaffFixtures.member(ctx, Role.EDITOR);
        StaffUser second = StaffFixtures.member(ctx, Role.EDITOR);
        Article a = articles.create(ContentFixtures.draft(unique("Raced")), first.id()).article();
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, second);
        Document editor = browser.page("/admin/articles/" + a.id());
        articles.update(a.id(), a.version(), ContentFixtures.withBody(ContentFixtures.draft(a.headline()), "<p>Theirs</p>"),
                false, first.id());

        HttpResponse<String> stale = browser.post("/admin/articles/" + a.id() + "/autosave",
                EditorForms.fields(editor, "body", "<p>Mine</p>"));
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode body = json(stale);
        assertThat(body.get("savedBy").asString()).isEqualTo(first.name());
        assertThat(body.get("message").asString()).startsWith(first.name() + " saved this article at");
        assertThat(body.get("compare").asString()).endsWith("/history/compare?from=1&to=2");
        assertThat(queries.byId(a.id()).orElseThrow().bodyHtml()).isEqualTo("<p>Theirs</p>");
    }

    @Test
    void neverSavesAPublishedArticleOnItsOwnAndNeedsTheCsrfToken() {
        StaffUser editor = StaffFixtures.member(ctx, Role.EDITOR);
        Article live = ContentFixtures.published(articles, ContentFixtures.draft(unique("Live, hands off")));
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, editor);
        Document page = browser.page("/admin/articles/" + live.id());
        assertThat(page.selectFirst("#article-form").hasAttr("data-autosave")).isFalse();

        HttpResponse<String> refused = browser.post("/admin/articles/" + live.id() + "/autosave",
                EditorForms.fields(page, "body", "<p>Half typed</p>"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("message").asString()).contains("saved only when you press a button");

        assertThat(browser.postWithoutCsrf("/admin/articles/" + live.id() + "/autosave",
                EditorForms.fields(page, "body", "<p>Half typed</p>")).statusCode()).isEqualTo(403);
        assertThat(queries.byId(live.id()).orElseThrow().bodyHtml()).isEqualTo(live.bodyHtml());
    }
}
