package org.masthead.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.content.Author;
import org.masthead.content.ContentFixtures;
import org.masthead.content.Section;
import org.masthead.content.Slugs;
import org.masthead.content.Tag;
import org.masthead.content.TaxonomyService;
import org.masthead.content.ArticleService;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaService;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** Sections, tags, authors and desks edited in the newsroom, and what readers then find. */
@H2IntegrationTest
class TaxonomyScreensTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired TaxonomyService taxonomy;
    @Autowired ArticleService articles;
    @Autowired MediaService media;

    private StaffBrowser editor() {
        return StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
    }

    @Test
    void onlyThoseWhoManageSectionsAndTagsOpenOrChangeThemWhateverTheId() {
        StaffBrowser author = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.AUTHOR));
        long world = taxonomy.section("world").orElseThrow().id();
        for (String path : List.of("/admin/taxonomy", "/admin/taxonomy/sections", "/admin/taxonomy/sections/new",
                "/admin/taxonomy/sections/" + world, "/admin/taxonomy/sections/987654", "/admin/taxonomy/tags",
                "/admin/taxonomy/authors/987654")) {
            assertThat(author.get(path).statusCode()).as(path).isEqualTo(403);
        }
        author.page("/admin");
        assertThat(author.post("/admin/taxonomy/sections/" + world, "name", "Taken").statusCode()).isEqualTo(403);
        assertThat(author.post("/admin/taxonomy/sections/987654/delete").statusCode()).isEqualTo(403);
        assertThat(author.post("/admin/taxonomy/tags", "name", "Sneaky").statusCode()).isEqualTo(403);
        assertThat(author.page("/admin").select("nav a")).extracting(e -> e.text()).doesNotContain("Sections & tags");
        assertThat(taxonomy.section("world").orElseThrow().name()).isEqualTo("World");

        StaffBrowser editor = editor();
        assertThat(editor.get("/admin/taxonomy").headers().firstValue("location")).hasValue("/admin/taxonomy/sections");
        Document list = editor.page("/admin/taxonomy/sections");
        assertThat(list.select("nav a[aria-current=page]").eachText()).contains("Sections & tags", "Sections");
        assertThat(list.select("tbody tr a").eachText()).contains("World", "Europe");
        assertThat(editor.get("/admin/taxonomy/sections/987654").statusCode()).isEqualTo(404);
        assertThat(editor.get("/admin/taxonomy/tags/987654").statusCode()).isEqualTo(404);
        assertThat(editor.post("/admin/taxonomy/authors/987654", "name", "Nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void aNewSubSectionIsListedUnderItsParentAndRenamingItKeepsItsOldAddress() {
        StaffBrowser editor = editor();
        String slug = Slugs.of(unique("harbour"));
        editor.page("/admin/taxonomy/sections/new");
        HttpResponse<String> created = editor.post("/admin/taxonomy/sections", "name", "Harbour", "slug", slug,
                "description", "Ships and the sea.", "parent", "world", "position", "7");
        assertThat(created.headers().firstValue("location")).hasValue("/admin/taxonomy/sections?done=saved");
        Section s = taxonomy.section(slug).orElseThrow();
        try {
            Document list = editor.page("/admin/taxonomy/sections?done=saved");
            assertThat(list.selectFirst("[role=status]").text()).contains("Saved");
            assertThat(list.select("tbody tr").stream().filter(r -> r.text().contains("Harbour")).findFirst().orElseThrow()
                    .select(".sub")).isNotEmpty();
            Http reader = new Http(port);
            assertThat(reader.page("/world").select("a[href=/" + slug + "]").text()).isEqualTo("Harbour");
            assertThat(reader.page("/" + slug).selectFirst("h1").text()).isEqualTo("Harbour");

            editor.page("/admin/taxonomy/sections/" + s.id());
            editor.post("/admin/taxonomy/sections/" + s.id(), "name", "Harbour and Sea", "slug", slug + "-sea",
                    "description", "", "parent", "world", "position", "7");
            HttpResponse<String> old = reader.get("/" + slug);
            assertThat(old.statusCode()).isEqualTo(301);
            assertThat(old.headers().firstValue("location")).hasValue("/" + slug + "-sea");
            assertThat(reader.page("/" + slug + "-sea").selectFirst("h1").text()).isEqualTo("Harbour and Sea");
        } finally {
            taxonomy.deleteSection(s.id());
        }
    }

    @Test
    void aRefusedSectionKeepsWhatWasTypedAndASectionInUseIsNotDeleted() {
        StaffBrowser editor = editor();
        Section world = taxonomy.section("world").orElseThrow();
        editor.page("/admin/taxonomy/sections/new");
        Document refused = Jsoup.parse(editor.post("/admin/taxonomy/sections", "name", "Tides", "slug", "Not A Slug!",
                "description", "High and low.", "parent", "europe", "position", "soon").body());
        assertThat(refused.selectFirst("#slug").val()).isEqualTo("Not A Slug!");
        assertThat(refused.selectFirst("#description").text()).isEqualTo("High and low.");
        assertThat(refused.selectFirst("#position-error").text()).isEqualTo("a whole number");

        editor.page("/admin/taxonomy/sections/" + world.id());
        Document kept = Jsoup.parse(editor.post("/admin/taxonomy/sections/" + world.id() + "/delete").body());
        assertThat(kept.selectFirst("[role=alert]").text()).matches("World cannot be deleted: it holds \\d+ articles and "
                + "\\d+ sub-sections?; move them to another section first\\.");
        assertThat(taxonomy.section("world")).isPresent();

        Section empty = taxonomy.saveSection(null, Slugs.of(unique("empty")), "Empty", "", null, 99);
        editor.page("/admin/taxonomy/sections/" + empty.id());
        assertThat(editor.post("/admin/taxonomy/sections/" + empty.id() + "/delete").headers().firstValue("location"))
                .hasValue("/admin/taxonomy/sections?done=deleted");
        assertThat(new Http(port).get("/" + empty.slug()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRenamedTagKeepsItsOldAddressAndATagOnArticlesIsNotDeleted() {
        String name = unique("Ferry Strike");
        ContentFixtures.published(articles, new org.masthead.content.ArticleDraft(unique("Ferries stop"), "", "<p>Body.</p>",
                null, "world", List.of("lena-varga"), List.of(name), "", org.masthead.content.AccessLevel.FREE,
                null, null, null, null, null));
        Tag tag = taxonomy.tag(Slugs.of(name)).orElseThrow();
        StaffBrowser editor = editor();
        Document list = editor.page("/admin/taxonomy/tags");
        assertThat(list.select("tbody tr").stream().filter(r -> r.text().contains(name)).findFirst().orElseThrow()
                .selectFirst("td.num").text()).isEqualTo("1");

        editor.page("/admin/taxonomy/tags/" + tag.id());
        editor.post("/admin/taxonomy/tags/" + tag.id(), "name", "Ferry strikes", "slug", tag.slug() + "-all");
        Http reader = new Http(port);
        HttpResponse<String> old = reader.get("/tag/" + tag.slug());
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("location")).hasValue("/tag/" + tag.slug() + "-all");
        assertThat(reader.page("/tag/" + tag.slug() + "-all").selectFirst("h1").text()).isEqualTo("Ferry strikes");

        Document kept = Jsoup.parse(editor.post("/admin/taxonomy/tags/" + tag.id() + "/delete").body());
        assertThat(kept.selectFirst("[role=alert]").text()).contains("cannot be deleted: 1 article carry it");
        assertThat(taxonomy.tag(tag.id())).isPresent();

        editor.page("/admin/taxonomy/tags/new");
        editor.post("/admin/taxonomy/tags", "name", unique("Unused"));
        Tag unused = taxonomy.tags().stream().filter(t -> t.name().startsWith("Unused ")).findFirst().orElseThrow();
        editor.page("/admin/taxonomy/tags/" + unused.id());
        assertThat(editor.post("/admin/taxonomy/tags/" + unused.id() + "/delete").headers().firstValue("location"))
                .hasValue("/admin/taxonomy/tags?done=deleted");
        assertThat(taxonomy.tag(unused.id())).isEmpty();
    }

    @Test
    void aDeskWithTitleBioAndPortraitShowsOnItsPageAndAMissingPortraitIsRefused() {
        Image portrait = media.upload(MediaFixtures.jpeg(400, 400), "desk.jpg", "", "", "");
        String slug = Slugs.of(unique("harbour-desk"));
        StaffBrowser editor = editor();
        editor.page("/admin/taxonomy/authors/new");
        Document refused = Jsoup.parse(editor.post("/admin/taxonomy/authors", "name", "Harbour Desk", "slug", slug,
                "kind", "DESK", "jobTitle", "Reporting from the docks", "bio", "Our people at the port.", "photo", "987654321").body());
        assertThat(refused.selectFirst("#photo-error").text()).contains("no image 987654321");
        assertThat(refused.selectFirst("#bio").text()).isEqualTo("Our people at the port.");
        assertThat(refused.selectFirst("#kind option[selected]").val()).isEqualTo("DESK");

        editor.post("/admin/taxonomy/authors", "name", "Harbour Desk", "slug", slug, "kind", "DESK",
                "jobTitle", "Reporting from the docks", "bio", "Our people at the port.", "photo", String.valueOf(portrait.id()));
        Author desk = taxonomy.author(slug).orElseThrow();
        try {
            Document page = new Http(port).page("/author/" + slug);
            assertThat(page.selectFirst("h1").text()).isEqualTo("Harbour Desk");
            assertThat(page.text()).contains("Our people at the port.", "Reporting from the docks", "Desk");
            assertThat(page.select("img[src^=/media/" + portrait.id() + "/]")).isNotEmpty();
            assertThat(editor.page("/admin/taxonomy/authors/" + desk.id()).selectFirst("img.portrait")).isNotNull();

            Document kept = Jsoup.parse(editor.post("/admin/taxonomy/authors/"
                    + taxonomy.author("lena-varga").orElseThrow().id() + "/delete").body());
            assertThat(kept.selectFirst("[role=alert]").text()).contains("cannot be deleted: their byline is on");
        } finally {
            taxonomy.deleteAuthor(desk.id());
        }
    }
}
