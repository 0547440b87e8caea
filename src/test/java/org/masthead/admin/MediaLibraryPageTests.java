package org.masthead.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.Multipart.Part;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.content.Refs;
import org.masthead.media.Image;
import org.masthead.media.ImageStorage;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaProperties;
import org.masthead.media.MediaService;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** The media library's screens over HTTP, without JavaScript: the grid, uploads, an image's page, deletion. */
@H2IntegrationTest
class MediaLibraryPageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired MediaService media;
    @Autowired ArticleService articles;
    @Autowired ImageStorage storage;
    @Autowired MediaProperties props;

    private StaffBrowser signedIn(Role role) {
        return StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, role));
    }

    private Image image(String filename, String alt, String caption, String credit) {
        return media.upload(MediaFixtures.jpeg(800, 500), filename, alt, caption, credit);
    }

    /** The plain form's action carries the CSRF token, which the multipart body cannot give before it is read. */
    private HttpResponse<String> uploadWithForm(StaffBrowser browser, Part... files) {
        String action = browser.page("/admin/media").selectFirst("form.upload-form").attr("action");
        return browser.postMultipart(action, List.of(files), "Accept", "text/html");
    }

    private static List<String> labels(Document grid) {
        return grid.select(".media-card .label").eachText();
    }

    @Test
    void aContributorUploadsTwoImagesWithThePlainFormAndFindsThemFirstMarkedAsLackingAltText() {
        StaffBrowser contributor = signedIn(Role.CONTRIBUTOR);
        String first = unique("quay").replace(' ', '-') + ".jpg";
        String second = unique("ferry").replace(' ', '-') + ".png";
        HttpResponse<String> r = uploadWithForm(contributor, Part.file("file", first, "image/jpeg", MediaFixtures.jpeg(900, 600)),
                Part.file("file", second, "image/png", MediaFixtures.image("png", 400, 300)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);

        Document grid = contributor.page(r.headers().firstValue("location").orElseThrow());
        assertThat(grid.selectFirst(".notice").text()).isEqualTo("2 images uploaded.");
        assertThat(labels(grid).subList(0, 2)).containsExactly(second, first);
        Element card = grid.selectFirst(".media-card");
        assertThat(card.selectFirst(".tag").text()).isEqualTo("No alt text");
        assertThat(card.selectFirst("img").attr("src")).matches("/media/\\d+/320\\.png");
        assertThat(card.selectFirst(".facts").text()).isEqualTo("400 × 300 · PNG");
    }

    @Test
    void oneUploadLeadsToItsPageAskingForAltText() {
        StaffBrowser author = signedIn(Role.AUTHOR);
        HttpResponse<String> r = uploadWithForm(author, Part.file("file", "single.jpg", "image/jpeg", MediaFixtures.jpeg(700, 400)));
        assertThat(r.headers().firstValue("location").orElseThrow()).matches("/admin/media/\\d+\\?done=uploaded");
        Document page = author.page(r.headers().firstValue("location").orElseThrow());
        assertThat(page.selectFirst(".notice").text()).startsWith("Uploaded. Add alt text");
        assertThat(page.selectFirst("h1").text()).isEqualTo("single.jpg");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedByItsContentAndTheOthersStillArrive() {
        StaffBrowser editor = signedIn(Role.EDITOR);
        String good = unique("good").replace(' ', '-') + ".jpg";
        HttpResponse<String> r = uploadWithForm(editor,
                Part.file("file", "notes.jpg", "image/jpeg", "just some words".getBytes(StandardCharsets.UTF_8)),
                Part.file("file", good, "image/jpeg", MediaFixtures.jpeg(300, 200)));
        assertThat(r.statusCode()).isEqualTo(415);
        Document page = Jsoup.parse(r.body());
        assertThat(page.selectFirst(".error").text()).contains("notes.jpg: not an image we accept (JPEG, PNG, GIF or WebP)");
        assertThat(page.selectFirst(".notice").text()).startsWith("1 of the images uploaded");
        assertThat(labels(editor.page("/admin/media"))).contains(good);
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413NamingTheLimit() {
        StaffBrowser editor = signedIn(Role.EDITOR);
        byte[] big = new byte[(int) props.maxUpload().toBytes() + 1];
        HttpResponse<String> r = uploadWithForm(editor, Part.file("file", "huge.jpg", "image/jpeg", big));
        assertThat(r.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(r.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Upload too large");
        assertThat(page.selectFirst(".error").text()).contains("each image may be up to 20 MB");
        assertThat(page.selectFirst("a.button").attr("href")).isEqualTo("/admin/media");
    }

    @Test
    void findsImagesByCaptionCreditAltOrFileNameAndFiltersThoseWithoutAltText() {
        String word = unique("pelican").replace(" ", "");
        Image byCaption = image("a.jpg", "", "A " + word + " on the pier", "");
        Image byCredit = image("b.jpg", "Gulls", "", "Photo: " + word.toUpperCase());
        Image byAlt = image("c.jpg", "A " + word + " diving", "", "");
        Image byName = image(word + ".jpg", "", "", "");
        image("other.jpg", "", "Nothing to see", "");
        StaffBrowser viewer = signedIn(Role.MODERATOR);

        Document found = viewer.page("/admin/media?q=" + word);
        assertThat(found.select(".media-card a").eachAttr("href")).containsExactly("/admin/media/" + byName.id(),
                "/admin/media/" + byAlt.id(), "/admin/media/" + byCredit.id(), "/admin/media/" + byCaption.id());
        assertThat(found.selectFirst("#media-count").text()).isEqualTo("4 images match “" + word + "”");

        Document lacking = viewer.page("/admin/media?q=" + word + "&missing=alt");
        assertThat(lacking.select(".media-card a").eachAttr("href")).containsExactly("/admin/media/" + byName.id(),
                "/admin/media/" + byCaption.id());
        assertThat(lacking.select(".media-card .tag").eachText()).containsOnly("No alt text");
        assertThat(viewer.page("/admin/media?q=" + word + "+nothing").selectFirst(".empty").text()).isEqualTo("No images match.");
    }

    @Test
    void theGridIsPagedNewestFirst() {
        for (int i = 0; i < 25; i++) {
            image("page-probe-" + i + ".jpg", "", "", "");
        }
        StaffBrowser viewer = signedIn(Role.CONTRIBUTOR);
        Document first = viewer.page("/admin/media?q=page-probe");
        assertThat(first.select(".media-card")).hasSize(24);
        assertThat(labels(first).get(0)).isEqualTo("page-probe-24.jpg");
        assertThat(first.selectFirst(".pager").text()).contains("Page 1 of 2");
        Document second = viewer.page(first.selectFirst(".pager a[rel=next]").attr("href"));
        assertThat(labels(second)).containsExactly("page-probe-0.jpg");
        assertThat(second.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("/admin/media?q=page-probe");
    }

    @Test
    void anImagesPageShowsItsSizesFactsAndWhereItIsUsedAndItCannotBeDeletedThen() {
        Image photo = image("harbour.jpg", "Boats at dusk", "The harbour", "Photo: Desk");
        Article lead = ContentFixtures.published(articles, withLead(ContentFixtures.draft(unique("Harbour reopens")), photo.id()));
        Article body = articles.create(ContentFixtures.withBody(ContentFixtures.draft(unique("Ferries return")),
                "<p>Text.</p><figure><img src=\"/media/" + photo.id() + "/640.jpg\" alt=\"Boats\" data-media-id=\""
                        + photo.id() + "\"></figure>")).article();
        StaffBrowser editor = signedIn(Role.EDITOR);

        Document page = editor.page("/admin/media/" + photo.id());
        assertThat(page.selectFirst(".media-preview img").attr("src")).isEqualTo("/media/" + photo.id() + "/640.jpg");
        assertThat(page.select("ul.sizes a").eachText()).containsExactly("320 × 200", "640 × 400", "800 × 500");
        assertThat(page.select("dl.facts dd").eachText()).contains("harbour.jpg", "JPEG", "800 × 500 pixels");
        assertThat(page.selectFirst("#alt").text()).isEqualTo("Boats at dusk");
        assertThat(page.selectFirst("#credit").val()).isEqualTo("Photo: Desk");
        assertThat(page.select("ul.uses li")).hasSize(2);
        assertThat(page.select("ul.uses a").eachAttr("href")).containsExactlyInAnyOrder("/admin/articles/" + lead.id(),
                "/admin/articles/" + body.id());
        assertThat(page.select("ul.uses li").eachText()).anySatisfy(t -> assertThat(t).contains(lead.headline(), "published", "Lead image"))
                .anySatisfy(t -> assertThat(t).contains(body.headline(), "draft", "In the body"));
        assertThat(page.select("button.danger")).isEmpty();
        assertThat(page.selectFirst(".kept").text()).startsWith("This image is used by 2 articles");

        HttpResponse<String> refused = editor.post("/admin/media/" + photo.id() + "/delete");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".error").text()).contains("still in use");
        assertThat(media.find(photo.id())).isPresent();
    }

    @Test
    void refusedWordsAreShownAgainWithTheMessageBesideTheFieldAndNothingIsSaved() {
        Image photo = image("tram.jpg", "", "", "");
        StaffBrowser author = signedIn(Role.AUTHOR);
        author.page("/admin/media/" + photo.id());
        String longCaption = "x".repeat(501);
        HttpResponse<String> r = author.post("/admin/media/" + photo.id(), "alt", "A tram in snow", "caption", longCaption,
                "credit", "Photo: Kim");
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.selectFirst("#caption-error").text()).isEqualTo("The caption can be at most 500 characters; this is 501");
        assertThat(page.selectFirst("#caption").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#alt").text()).isEqualTo("A tram in snow");
        assertThat(page.selectFirst("#caption").val()).isEqualTo(longCaption);
        assertThat(page.selectFirst("#credit").val()).isEqualTo("Photo: Kim");
        assertThat(media.find(photo.id()).orElseThrow().alt()).isEmpty();

        HttpResponse<String> saved = author.post("/admin/media/" + photo.id(), "alt", "A tram in snow", "caption", "Line 2",
                "credit", "Photo: Kim");
        assertThat(saved.headers().firstValue("location")).hasValue("/admin/media/" + photo.id() + "?done=saved");
        Document after = author.page("/admin/media/" + photo.id() + "?done=saved");
        assertThat(after.selectFirst(".notice").text()).isEqualTo("Saved.");
        assertThat(after.selectFirst("#alt").text()).isEqualTo("A tram in snow");
        assertThat(after.selectFirst(".media-preview img").attr("alt")).isEqualTo("A tram in snow");
    }

    @Test
    void deletingAnUnusedImageRemovesItAndEverySizeMadeOfIt() {
        Image photo = image("unused.jpg", "", "", "");
        Http http = new Http(port);
        assertThat(http.getBytes("/media/" + photo.id() + "/320.jpg").statusCode()).isEqualTo(200);
        assertThat(storage.get("variants/" + photo.id() + "/320.jpg")).isPresent();
        StaffBrowser contributor = signedIn(Role.CONTRIBUTOR);
        Document page = contributor.page("/admin/media/" + photo.id());
        assertThat(page.selectFirst("button.danger").text()).isEqualTo("Delete image");

        HttpResponse<String> r = contributor.post("/admin/media/" + photo.id() + "/delete");
        assertThat(r.headers().firstValue("location")).hasValue("/admin/media?done=deleted");
        assertThat(contributor.page("/admin/media?done=deleted").selectFirst(".notice").text()).startsWith("The image was deleted");
        assertThat(contributor.get("/admin/media/" + photo.id()).statusCode()).isEqualTo(404);
        assertThat(storage.get("variants/" + photo.id() + "/320.jpg")).isEmpty();
        assertThat(http.getBytes("/media/" + photo.id() + "/640.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void aModeratorSeesTheLibraryButMayNotUploadEditOrDelete() {
        Image photo = image("moderated.jpg", "A pier", "", "");
        StaffBrowser moderator = signedIn(Role.MODERATOR);
        Document grid = moderator.page("/admin/media");
        assertThat(grid.select("nav a").eachText()).contains("Media");
        assertThat(grid.select("form.upload-form")).isEmpty();
        Document page = moderator.page("/admin/media/" + photo.id());
        assertThat(page.select("form[action=/admin/media/" + photo.id() + "]")).isEmpty();
        assertThat(page.selectFirst("dl.words dd").text()).isEqualTo("A pier");

        assertThat(moderator.post("/admin/media/" + photo.id(), "alt", "Changed").statusCode()).isEqualTo(403);
        assertThat(moderator.post("/admin/media/" + photo.id() + "/delete").statusCode()).isEqualTo(403);
        String csrf = page.selectFirst("input[name=_csrf]").val(); // the sign-out form's
        assertThat(moderator.postMultipart("/admin/media/upload?_csrf=" + csrf,
                List.of(Part.file("file", "x.jpg", "image/jpeg", MediaFixtures.jpeg(50, 50)))).statusCode()).isEqualTo(403);
        assertThat(media.find(photo.id()).orElseThrow().alt()).isEqualTo("A pier");
    }

    @Test
    void addressesOfImagesThatDoNotExistAre404AndStrangersAreSentToSignIn() {
        StaffBrowser editor = signedIn(Role.EDITOR);
        editor.page("/admin/media");
        assertThat(editor.get("/admin/media/987654321").statusCode()).isEqualTo(404);
        assertThat(editor.post("/admin/media/987654321", "alt", "x").statusCode()).isEqualTo(404);
        assertThat(editor.post("/admin/media/987654321/delete").statusCode()).isEqualTo(404);
        HttpResponse<String> stranger = new Http(port).get("/admin/media");
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("location").orElseThrow()).endsWith("/admin/login");
    }

    private static ArticleDraft withLead(ArticleDraft d, long mediaId) {
        return new ArticleDraft(d.headline(), d.standfirst(), d.body(), d.slug(), d.section(), d.bylines(), d.tags(),
                d.dateline(), d.access(), new Refs.LeadImage(mediaId, "Caption", "Credit", "Alt"), d.seoTitle(),
                d.seoDescription(), d.socialMediaId(), d.homePosition());
    }
}
