package org.masthead.admin;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Article;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/**
 * Ids in addresses: a contributor who changes the id to another author's draft gets 403 on every route, and
 * nothing changes; an editor may use the same routes.
 */
@H2IntegrationTest
class ArticleAccessTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticleQueries queries;

    record Route(String name, BiFunction<StaffBrowser, Article, Integer> call) { }

    private static final List<Route> ROUTES = List.of(
            new Route("open", (b, a) -> b.get("/admin/articles/" + a.id()).statusCode()),
            new Route("history", (b, a) -> b.get("/admin/articles/" + a.id() + "/history").statusCode()),
            new Route("compare", (b, a) -> b.get("/admin/articles/" + a.id() + "/history/compare?from=1&to=1").statusCode()),
            new Route("save", (b, a) -> b.post("/admin/articles/" + a.id(), "version", String.valueOf(a.version()),
                    "headline", "Taken over", "section", "world", "bylines", "lena-varga", "access", "free",
                    "action", "save").statusCode()),
            new Route("autosave", (b, a) -> b.post("/admin/articles/" + a.id() + "/autosave", "version",
                    String.valueOf(a.version()), "headline", "Taken over", "section", "world", "bylines", "lena-varga",
                    "access", "free").statusCode()),
            new Route("submit", (b, a) -> b.post("/admin/articles/" + a.id(), "version", String.valueOf(a.version()),
                    "headline", a.headline(), "section", "world", "bylines", "lena-varga", "access", "free",
                    "action", "submit").statusCode()),
            new Route("preview link", (b, a) -> b.post("/admin/articles/" + a.id() + "/preview-link").statusCode()),
            new Route("restore", (b, a) -> b.post("/admin/articles/" + a.id() + "/restore", "revision", "1",
                    "version", String.valueOf(a.version())).statusCode()),
            new Route("delete", (b, a) -> b.post("/admin/articles/" + a.id() + "/delete").statusCode()));

    @Test
    void aContributorIsRefusedEveryRouteOfAnotherAuthorsDraftAndNothingChanges() {
        StaffUser owner = StaffFixtures.member(ctx, Role.CONTRIBUTOR);
        StaffBrowser other = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.CONTRIBUTOR));
        other.page("/admin/articles");
        Article theirs = articles.create(ContentFixtures.draft(unique("Not yours")), owner.id()).article();
        articles.update(theirs.id(), theirs.version(), ContentFixtures.withBody(ContentFixtures.draft(theirs.headline()),
                "<p>Second version.</p>"), false, owner.id());
        Article before = queries.byId(theirs.id()).orElseThrow();

        for (Route route : ROUTES) {
            assertThat(route.call().apply(other, before)).as(route.name()).isEqualTo(403);
        }
        Article after = queries.byId(theirs.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.headline()).isEqualTo(before.headline());
        assertThat(other.page("/admin/articles").select("td.headline-cell a")).extracting(e -> e.text())
                .doesNotContain(theirs.headline());
    }

    @Test
    void anEditorMayUseTheSameRoutesOnAnyonesDraft() {
        StaffUser owner = StaffFixtures.member(ctx, Role.CONTRIBUTOR);
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        editor.page("/admin/articles");
        for (Route route : ROUTES) {
            Article a = articles.create(ContentFixtures.draft(unique("Editable")), owner.id()).article();
            assertThat(route.call().apply(editor, a)).as(route.name()).isIn(200, 302);
        }
    }
}
