package org.masthead.staff;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first visitor with the setup link creates the one owner; the link then stops working. */
@H2IntegrationTest
class OwnerSetupTests {

    @LocalServerPort int port;
    @Autowired StaffService staff;
    @Autowired JdbcClient db;

    @Test
    void setupLinkCreatesExactlyOneOwnerOnce() {
        db.sql("DELETE FROM staff_api_key").update();
        db.sql("DELETE FROM staff_user").update();
        String token = staff.newSetupToken();
        Http http = new Http(port);
        assertThat(http.get("/admin/setup?token=wrong").statusCode()).isEqualTo(404);

        HttpResponse<String> form = http.get("/admin/setup?token=" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(form.body());
        String csrf = doc.selectFirst("input[name=_csrf]").val();
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        HttpResponse<String> weak = post(http, cookie, "token=" + token + "&name=Ada&email=ada%40example.org&password=short&_csrf=" + enc(csrf));
        assertThat(Jsoup.parse(weak.body()).selectFirst("#password-error").text()).contains("12 characters");
        assertThat(staff.ownerExists()).isFalse();

        HttpResponse<String> noCsrf = post(http, cookie, "token=" + token + "&name=Ada&email=ada%40example.org&password=correct-horse-battery");
        assertThat(noCsrf.statusCode()).isEqualTo(403);

        HttpResponse<String> ok = post(http, cookie, "token=" + token + "&name=Ada&email=ada%40example.org&password=correct-horse-battery&_csrf=" + enc(csrf));
        assertThat(ok.body()).contains("You are the owner");
        assertThat(staff.ownerExists()).isTrue();

        assertThat(http.get("/admin/setup?token=" + token).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> staff.createOwner("eve@example.org", "Eve", "another-long-password"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has an owner");
        assertThat(db.sql("SELECT COUNT(*) FROM staff_user WHERE role = 'OWNER'").query(Long.class).single()).isEqualTo(1);
        String hash = db.sql("SELECT password_hash FROM staff_user").query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain("correct-horse");
    }

    @Test
    void apiKeysAreShownOnceAndStoredOnlyAsAHash() {
        String key = staff.createApiKey("importer script");
        assertThat(key).startsWith("mh_");
        assertThat(staff.verify(key)).contains("importer script");
        assertThat(staff.verify(key + "x")).isEmpty();
        assertThat(db.sql("SELECT COUNT(*) FROM staff_api_key WHERE key_hash = :k").param("k", key).query(Long.class).single()).isZero();
    }

    private static HttpResponse<String> post(Http http, String cookie, String form) {
        return http.send("POST", "/admin/setup", "application/x-www-form-urlencoded", form, "Cookie", cookie);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
