package org.masthead.admin;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.ApiClient;
import org.masthead.H2IntegrationTest;
import org.masthead.Multipart.Part;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaProperties;
import org.masthead.media.MediaService;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** The JSON the editor's image picker and the library's uploader use, on a staff session. */
@H2IntegrationTest
class MediaPickerApiTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired MediaService media;
    @Autowired MediaProperties props;

    /** A signed-in browser that has loaded a staff page, as the editor's script would have. */
    private StaffBrowser onAPage(Role role) {
        StaffBrowser b = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, role));
        b.page("/admin/media");
        return b;
    }

    /** Posts a file the way the page's script does: the CSRF token in the header its meta tags name. */
    private static HttpResponse<String> upload(StaffBrowser b, String filename, byte[] bytes, String... fields) {
        Document page = b.page("/admin/media");
        String header = page.selectFirst("meta[name=csrf-header]").attr("content");
        String token = page.selectFirst("meta[name=csrf-token]").attr("content");
        List<Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parts.add(Part.text(fields[i], fields[i + 1]));
        }
        parts.add(Part.file("file", filename, "application/octet-stream", bytes));
        return b.postMultipart("/admin/media", parts, header, token, "Accept", "application/json");
    }

    private static JsonNode json(HttpResponse<String> r) {
        return ApiClient.JSON.readTree(r.body());
    }

    @Test
    void searchAnswersItemsNewestFirstWithTheSizesTheEditorInserts() {
        String word = unique("heron").replace(" ", "");
        Image older = media.upload(MediaFixtures.jpeg(2400, 1200), "older.jpg", "A " + word, "Wading", "Photo: Lee");
        Image newer = media.upload(MediaFixtures.image("png", 500, 250), word + ".png", "", "", "");
        StaffBrowser viewer = onAPage(Role.MODERATOR);

        HttpResponse<String> r = viewer.get("/admin/media/search.json?q=" + word.toUpperCase());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode j = json(r);
        assertThat(j.path("page").asInt()).isEqualTo(1);
        assertThat(j.path("pages").asInt()).isEqualTo(1);
        assertThat(j.path("items")).hasSize(2);
        JsonNode first = j.path("items").get(0);
        assertThat(first.path("id").asLong()).isEqualTo(newer.id());
        assertThat(first.path("src").asString()).isEqualTo("/media/" + newer.id() + "/500.png");
        JsonNode second = j.path("items").get(1);
        assertThat(second.path("src").asString()).isEqualTo("/media/" + older.id() + "/640.jpg");
        assertThat(second.path("largest").asString()).isEqualTo("/media/" + older.id() + "/1920.jpg");
        assertThat(second.path("width").asInt()).isEqualTo(1920);
        assertThat(second.path("height").asInt()).isEqualTo(960);
        assertThat(second.path("alt").asString()).isEqualTo("A " + word);
        assertThat(second.path("caption").asString()).isEqualTo("Wading");
        assertThat(second.path("credit").asString()).isEqualTo("Photo: Lee");
    }

    @Test
    void searchPagesThroughTheWholeLibrary() {
        StaffBrowser viewer = onAPage(Role.CONTRIBUTOR);
        JsonNode all = json(viewer.get("/admin/media/search.json"));
        assertThat(all.path("items").size()).isEqualTo(MediaViews.PAGE_SIZE);
        assertThat(all.path("pages").asInt()).isGreaterThan(1);
        JsonNode next = json(viewer.get("/admin/media/search.json?page=2"));
        assertThat(next.path("page").asInt()).isEqualTo(2);
        assertThat(next.path("items").get(0).path("id").asLong()).isLessThan(all.path("items").get(23).path("id").asLong());
        assertThat(json(viewer.get("/admin/media/search.json?page=x")).path("errors").get(0).path("field").asString())
                .isEqualTo("page");
    }

    @Test
    void anUploadAnswers201WithTheItemAndKeepsItsWords() {
        StaffBrowser contributor = onAPage(Role.CONTRIBUTOR);
        HttpResponse<String> r = upload(contributor, "pier.jpg", MediaFixtures.jpegWithGps(1000, 600),
                "alt", "A pier in fog", "caption", "Morning", "credit", "Photo: Sam");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode item = json(r);
        long id = item.path("id").asLong();
        assertThat(r.headers().firstValue("Location")).hasValue("/admin/media/" + id);
        assertThat(item.path("src").asString()).isEqualTo("/media/" + id + "/640.jpg");
        assertThat(item.path("largest").asString()).isEqualTo("/media/" + id + "/1000.jpg");
        assertThat(item.path("alt").asString()).isEqualTo("A pier in fog");
        assertThat(media.find(id).orElseThrow().credit()).isEqualTo("Photo: Sam");
    }

    @Test
    void refusedUploadsAreProblemsAPersonCanRead() {
        StaffBrowser editor = onAPage(Role.EDITOR);
        HttpResponse<String> text = upload(editor, "photo.jpg", "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(text).path("detail").asString()).isEqualTo("Not an image we accept (JPEG, PNG, GIF or WebP).");

        HttpResponse<String> big = upload(editor, "huge.jpg", new byte[(int) props.maxUpload().toBytes() + 1]);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(big).path("detail").asString()).isEqualTo("The file is larger than the 20 MB limit for each image.");

        HttpResponse<String> longAlt = upload(editor, "ok.jpg", MediaFixtures.jpeg(100, 100), "alt", "a".repeat(301));
        assertThat(longAlt.statusCode()).isEqualTo(400);
        assertThat(json(longAlt).path("errors").get(0).path("field").asString()).isEqualTo("alt");
        assertThat(json(longAlt).path("detail").asString()).isEqualTo("Alt text can be at most 300 characters; this is 301.");
    }

    @Test
    void aModeratorMayFindButNotUploadAndNobodyUploadsWithoutTheCsrfHeader() {
        StaffBrowser moderator = onAPage(Role.MODERATOR);
        assertThat(moderator.get("/admin/media/search.json").statusCode()).isEqualTo(200);
        assertThat(upload(moderator, "m.jpg", MediaFixtures.jpeg(50, 50)).statusCode()).isEqualTo(403);

        StaffBrowser editor = onAPage(Role.EDITOR);
        HttpResponse<String> forged = editor.postMultipart("/admin/media",
                List.of(Part.file("file", "f.jpg", "image/jpeg", MediaFixtures.jpeg(50, 50))), "Accept", "application/json");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> stranger = new org.masthead.Http(port).get("/admin/media/search.json");
        assertThat(stranger.statusCode()).isEqualTo(302);
    }
}
