package org.masthead.media;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ApiClient;
import org.masthead.ApiClient.Answer;
import org.masthead.Http;
import org.masthead.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Image uploads through the Admin API, over real HTTP; run on H2 and PostgreSQL. */
abstract class MediaAdminApiContract {

    @LocalServerPort int port;
    @Autowired StaffService staff;
    @Autowired MediaRepository repo;
    @Autowired ImageStorage storage;
    @Autowired MediaProperties props;

    ApiClient admin;

    @BeforeEach
    void key() {
        admin = new ApiClient(port, staff.createApiKey("media test"));
    }

    private byte[] storedOriginal(long id) {
        return storage.get(repo.storageKey(id).orElseThrow()).orElseThrow();
    }

    @Test
    void aJpegWithGpsIsStoredWithoutAnyExif() {
        byte[] upload = MediaFixtures.jpegWithGps(800, 500);
        assertThat(MediaFixtures.hasExif(upload)).as("the fixture carries EXIF").isTrue();
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif");

        Answer created = admin.upload("/api/admin/images", "holiday.jpg", "image/jpeg", upload,
                "alt", "A quay at dusk", "caption", "The quay.", "credit", "Photo: Reader");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode image = created.json();
        long id = image.path("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/admin/images/" + id);
        assertThat(image.path("format").asString()).isEqualTo("jpeg");
        assertThat(image.path("alt").asString()).isEqualTo("A quay at dusk");
        assertThat(image.path("credit").asString()).isEqualTo("Photo: Reader");
        assertThat(image.path("url").asString()).isEqualTo("https://news.example.org/media/" + id + "/800.jpg");
        assertThat(image.path("srcset").get(0).path("width").asInt()).isEqualTo(320);

        byte[] stored = storedOriginal(id);
        assertThat(stored[0] & 0xFF).isEqualTo(0xFF);
        assertThat(MediaFixtures.hasExif(stored)).isFalse();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        byte[] served = new Http(port).getBytes("/media/" + id + "/320.jpg").body();
        assertThat(MediaFixtures.hasExif(served)).isFalse();
        assertThat(admin.get("/api/admin/images/" + id).json().path("caption").asString()).isEqualTo("The quay.");
    }

    @Test
    void pngAndGifUploadsWork() {
        Answer png = admin.upload("/api/admin/images", "chart.png", "image/png", MediaFixtures.image("png", 300, 200));
        assertThat(png.status()).as(png.body()).isEqualTo(201);
        assertThat(png.json().path("format").asString()).isEqualTo("png");
        assertThat(png.json().path("width").asInt()).isEqualTo(300);

        Answer gif = admin.upload("/api/admin/images", "anim.gif", "image/gif", MediaFixtures.image("gif", 120, 90));
        assertThat(gif.status()).as(gif.body()).isEqualTo(201);
        assertThat(gif.json().path("format").asString()).isEqualTo("gif");
    }

    @Test
    void aTextFileNamedJpgIs415() {
        Answer a = admin.upload("/api/admin/images", "photo.jpg", "image/jpeg",
                "this is not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(415);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.fields()).isEqualTo("file");
    }

    @Test
    void anUploadOverTheLimitIs413AsAProblem() {
        byte[] big = new byte[(int) props.maxUpload().toBytes() + 1];
        Answer a = admin.upload("/api/admin/images", "huge.jpg", "image/jpeg", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.json().path("status").asInt()).isEqualTo(413);
    }

    @Test
    void anUploadWithoutAFileOrAKeyIsRefused() {
        Answer noFile = admin.send("POST", "/api/admin/images", "multipart/form-data; boundary=x", "--x--\r\n");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.fields()).isEqualTo("file");
        Answer noKey = new ApiClient(port, null).upload("/api/admin/images", "a.png", "image/png", MediaFixtures.image("png", 10, 10));
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(admin.get("/api/admin/images/987654321").status()).isEqualTo(404);
    }
}
