package org.masthead.staff;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.ApiClient;
import org.masthead.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The API keys screen: a key shown once that works until revoked, and only for those who manage keys. */
@H2IntegrationTest
class ApiKeysPageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;

    @Test
    void onlyThoseWhoManageApiKeysSeeCreateOrRevokeThem() {
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        assertThat(editor.get("/admin/api-keys").statusCode()).isEqualTo(403);
        editor.page("/admin");
        assertThat(editor.post("/admin/api-keys", "name", "sneaky").statusCode()).isEqualTo(403);
        assertThat(editor.post("/admin/api-keys/1/revoke").statusCode()).isEqualTo(403);
        assertThat(editor.post("/admin/api-keys/987654/revoke").statusCode()).isEqualTo(403);
        assertThat(editor.page("/admin").select("nav a")).extracting(Element::text).doesNotContain("API keys");
        assertThat(ctx.getBean(StaffService.class).apiKeys()).extracting(ApiKey::name).doesNotContain("sneaky");
    }

    @Test
    void aNewKeyIsShownOnceWorksIsListedWithItsLastUseAndStopsWhenRevoked() {
        StaffUser admin = StaffFixtures.member(ctx, Role.ADMIN);
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, admin);
        String name = "wire importer " + UUID.randomUUID().toString().substring(0, 8);
        browser.page("/admin/api-keys");
        HttpResponse<String> created = browser.post("/admin/api-keys", "name", name);
        assertThat(created.statusCode()).isEqualTo(200);
        String key = Jsoup.parse(created.body()).selectFirst("#new-key").val();
        assertThat(key).startsWith("mh_");
        assertThat(Jsoup.parse(created.body()).selectFirst("button[data-copy=new-key]")).isNotNull();

        Element row = row(browser.page("/admin/api-keys"), name);
        assertThat(row.text()).contains(admin.name(), "never").doesNotContain(key);
        assertThat(key).startsWith(row.selectFirst("code").text().replace("…", ""));
        assertThat(browser.get("/admin/api-keys").body()).doesNotContain(key);

        ApiClient api = new ApiClient(port, key);
        assertThat(api.get("/api/admin/sections").status()).isEqualTo(200);
        assertThat(row(browser.page("/admin/api-keys"), name).text()).doesNotContain("never");

        String revoke = row.selectFirst("form").attr("action");
        assertThat(browser.post(revoke).headers().firstValue("location")).hasValue("/admin/api-keys?done=revoked");
        assertThat(api.get("/api/admin/sections").status()).isEqualTo(401);
        Document after = browser.page("/admin/api-keys?done=revoked");
        assertThat(after.selectFirst("[role=status]").text()).contains("Key revoked");
        assertThat(row(after, name).select("form")).isEmpty();
        assertThat(row(after, name).text()).contains("revoked");
        assertThat(browser.post(revoke).statusCode()).isEqualTo(404);
        assertThat(browser.post("/admin/api-keys/987654/revoke").statusCode()).isEqualTo(404);
    }

    @Test
    void aKeyWithoutANameIsNotMade() {
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
        browser.page("/admin/api-keys");
        int before = ctx.getBean(StaffService.class).apiKeys().size();
        Document page = Jsoup.parse(browser.post("/admin/api-keys", "name", "   ").body());
        assertThat(page.selectFirst("#name-error").text()).contains("name the key");
        assertThat(page.selectFirst("#new-key")).isNull();
        assertThat(ctx.getBean(StaffService.class).apiKeys()).hasSize(before);
    }

    private static Element row(Document page, String name) {
        return page.select("tbody tr").stream().filter(r -> r.child(0).text().equals(name)).findFirst().orElseThrow();
    }
}
