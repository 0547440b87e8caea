package org.masthead.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.platform.SettingsFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings screen: who may use it, and how it answers a mistake. Its effects on the site: SettingsEffectTests. */
@H2IntegrationTest
class SettingsPageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;

    @AfterEach
    void reset() {
        SettingsFixtures.reset(ctx);
    }

    @Test
    void onlyThoseWhoManageSettingsOpenOrSaveThem() {
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        assertThat(editor.get("/admin/settings").statusCode()).isEqualTo(403);
        editor.page("/admin");
        assertThat(editor.post("/admin/settings", "name", "Taken Over").statusCode()).isEqualTo(403);
        assertThat(editor.page("/admin").select("nav a")).extracting(e -> e.text()).doesNotContain("Settings");
        assertThat(new Http(port).page("/").selectFirst(".brand").text()).isEqualTo("The Test Herald");

        StaffBrowser admin = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
        Document page = admin.page("/admin/settings");
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Settings");
        assertThat(page.selectFirst("#name").val()).isEqualTo("The Test Herald");
        assertThat(page.selectFirst("#timeZone").val()).isEqualTo("Asia/Kolkata");
        assertThat(page.selectFirst("#language").val()).isEqualTo("en-GB");
        assertThat(page.select("table.lines").first().select("tbody tr")).extracting(r -> r.selectFirst("a").text())
                .isNotEmpty();
    }

    @Test
    void aRefusedSaveNamesEachFieldKeepsWhatWasTypedAndChangesNothing() {
        StaffBrowser admin = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
        HttpResponse<String> r = SettingsForm.settings(admin, Map.of("name", "The Evening Lamp", "timeZone", "Europe/Atlantis",
                "language", "klingon-ish", "footer-0-label", "Tip us", "footer-0-url", "javascript:alert(1)",
                "footer-1-label", "Careers", "footer-1-url", "/careers", "social-bluesky", "bsky.app/profile/lamp",
                "logo", "98765432"));

        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.selectFirst("[role=alert]").text()).contains("nothing was saved");
        assertThat(page.selectFirst("#name").val()).isEqualTo("The Evening Lamp");
        assertThat(page.selectFirst("#timeZone").val()).isEqualTo("Europe/Atlantis");
        assertThat(page.selectFirst("#timeZone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#timeZone-error").text()).contains("region name");
        assertThat(page.selectFirst("#language").val()).isEqualTo("klingon-ish");
        assertThat(page.selectFirst("#language-error").text()).contains("BCP 47");
        assertThat(page.selectFirst("#logo-error").text()).contains("no image 98765432");
        assertThat(page.selectFirst("#footer-0-url").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.selectFirst("#footer-0-url").parent().text()).contains("https://");
        assertThat(page.selectFirst("#footer-1-url").val()).isEqualTo("/careers");
        assertThat(page.selectFirst("#footer-1-url").attr("aria-invalid")).isEmpty();
        assertThat(page.selectFirst("#social-bluesky").val()).isEqualTo("bsky.app/profile/lamp");
        assertThat(page.selectFirst("#social-bluesky").attr("aria-invalid")).isEqualTo("true");

        assertThat(new Http(port).page("/").selectFirst(".brand").text()).isEqualTo("The Test Herald");
        assertThat(admin.page("/admin/settings").selectFirst("#name").val()).isEqualTo("The Test Herald");
    }

    @Test
    void aSaveIsConfirmedAndTheFormShowsTheSavedValues() {
        StaffBrowser admin = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
        HttpResponse<String> r = SettingsForm.settings(admin, Map.of("name", "The Evening Lamp",
                "footer-0-label", "Careers", "footer-0-url", "/careers", "footer-1-label", "About", "footer-1-url",
                "https://about.example.org", "footer-1-order", "0"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("location")).hasValue("/admin/settings?done=saved");

        Document page = admin.page("/admin/settings?done=saved");
        assertThat(page.selectFirst("[role=status]").text()).contains("Settings saved");
        assertThat(page.selectFirst("#name").val()).isEqualTo("The Evening Lamp");
        assertThat(page.selectFirst("#footer-0-label").val()).isEqualTo("About");
        assertThat(page.selectFirst("#footer-1-label").val()).isEqualTo("Careers");
        assertThat(page.select("input[id$=-label][id^=footer-]")).hasSize(2 + SettingsController.BLANK_FOOTER_LINES);
        assertThat(page.selectFirst(".bar .product").text()).startsWith("The Evening Lamp");
    }
}
