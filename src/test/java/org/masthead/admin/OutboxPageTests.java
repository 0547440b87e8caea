package org.masthead.admin;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.masthead.staff.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox page: admins read what was sent or kept, with its links; others may not. */
@H2IntegrationTest
class OutboxPageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;

    @Test
    void anAdminReadsAnInvitationInTheOutboxAndItsLink() {
        StaffUser admin = StaffFixtures.member(ctx, Role.ADMIN);
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, admin);
        String email = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        browser.page("/admin/users");
        browser.post("/admin/users/invite", "email", email, "role", "AUTHOR");

        Document outbox = browser.page("/admin/outbox");
        var row = outbox.select("tbody tr").stream().filter(r -> r.text().contains(email)).findFirst().orElseThrow();
        Document message = browser.page(row.selectFirst("a").attr("href"));
        assertThat(message.selectFirst("h1").text()).contains("invited you");
        assertThat(message.select("ul a")).anySatisfy(a -> assertThat(a.attr("href")).contains("/admin/invite/"));
        assertThat(browser.get("/admin/outbox/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyThoseAllowedToReadMailSeeTheOutbox() {
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        assertThat(editor.get("/admin/outbox").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/outbox/1").statusCode()).isEqualTo(403);
        assertThat(editor.page("/admin").select("nav a")).extracting(e -> e.text()).doesNotContain("Outbox");
    }
}
