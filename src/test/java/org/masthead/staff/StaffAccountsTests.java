package org.masthead.staff;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.staff.StaffFixtures.PASSWORD;
import static org.masthead.staff.StaffFixtures.freshAddress;
import static org.masthead.staff.StaffFixtures.lastMail;
import static org.masthead.staff.StaffFixtures.member;
import static org.masthead.staff.StaffFixtures.signedIn;

/** Invitations, roles, resets and who may touch whom, over HTTP. */
@H2IntegrationTest
class StaffAccountsTests {

    private static final Pattern LINK = Pattern.compile("https?://\\S+(/admin/(?:invite|reset)/[A-Za-z0-9]+)");

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired MutableClock clock;
    @Autowired StaffService staff;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("location").orElse("");
    }

    @Test
    void anInvitedContributorFollowsTheEmailedLinkOnceAndIsSignedIn() {
        StaffUser admin = member(ctx, Role.ADMIN);
        StaffBrowser adminBrowser = signedIn(ctx, port, admin);
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        adminBrowser.page("/admin/users");
        assertThat(location(adminBrowser.post("/admin/users/invite", "email", email, "role", "CONTRIBUTOR")))
                .isEqualTo("/admin/users?done=invited");
        assertThat(adminBrowser.page("/admin/users").select("table").text()).contains(email);

        String link = lastMail(ctx, email, "staff-invite", LINK);
        StaffBrowser newcomer = new StaffBrowser(port, freshAddress());
        Document accept = newcomer.page(link);
        assertThat(accept.text()).contains("Contributor", email);
        HttpResponse<String> weak = newcomer.post(link, "name", "Nia Contributor", "password", "short");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(weak.body()).selectFirst("#name").val()).as("what was typed is kept").isEqualTo("Nia Contributor");
        assertThat(location(newcomer.post(link, "name", "Nia Contributor", "password", PASSWORD))).isEqualTo("/admin");
        assertThat(newcomer.page("/admin").text()).contains("Nia Contributor · Contributor");

        assertThat(new StaffBrowser(port, freshAddress()).get(link).statusCode()).as("single use").isEqualTo(410);
    }

    @Test
    void anInvitationExpiresAfterSevenDays() {
        StaffUser admin = member(ctx, Role.ADMIN);
        StaffBrowser adminBrowser = signedIn(ctx, port, admin);
        String email = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        adminBrowser.page("/admin/users");
        adminBrowser.post("/admin/users/invite", "email", email, "role", "AUTHOR");
        String link = lastMail(ctx, email, "staff-invite", LINK);
        clock.advance(Duration.ofDays(8));
        assertThat(new StaffBrowser(port, freshAddress()).get(link).statusCode()).isEqualTo(410);
    }

    @Test
    void aBadInvitationNamesTheFieldAndKeepsWhatWasTyped() {
        StaffBrowser adminBrowser = signedIn(ctx, port, member(ctx, Role.ADMIN));
        adminBrowser.page("/admin/users");
        HttpResponse<String> r = adminBrowser.post("/admin/users/invite", "email", "not an address", "role", "EDITOR");
        Document page = org.jsoup.Jsoup.parse(r.body());
        assertThat(page.selectFirst("#email-error").text()).contains("valid e-mail");
        assertThat(page.selectFirst("#email").val()).isEqualTo("not an address");
        assertThat(page.selectFirst("#role option[selected]").val()).isEqualTo("EDITOR");
    }

    @Test
    void rolesFollowThePolicyWhateverIdIsInTheUrl() {
        StaffUser admin = member(ctx, Role.ADMIN);
        StaffUser otherAdmin = member(ctx, Role.ADMIN);
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser browser = signedIn(ctx, port, admin);
        browser.page("/admin/users");
        assertThat(browser.post("/admin/users/" + editor.id() + "/role", "role", "AUTHOR").statusCode()).isEqualTo(302);
        assertThat(staff.user(editor.id()).orElseThrow().role()).isEqualTo(Role.AUTHOR);
        assertThat(browser.post("/admin/users/" + editor.id() + "/role", "role", "ADMIN").statusCode()).isEqualTo(403);
        assertThat(browser.post("/admin/users/" + otherAdmin.id() + "/deactivate").statusCode()).isEqualTo(403);
        assertThat(browser.post("/admin/users/" + admin.id() + "/role", "role", "EDITOR").statusCode())
                .as("nobody changes their own role").isEqualTo(403);
        assertThat(browser.post("/admin/users/987654321/deactivate").statusCode()).isEqualTo(404);
        assertThat(staff.user(otherAdmin.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void aContributorCannotReachPeopleOrChangeAnyone() {
        StaffUser contributor = member(ctx, Role.CONTRIBUTOR);
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser browser = signedIn(ctx, port, contributor);
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
        browser.page("/admin/account");
        assertThat(browser.post("/admin/users/" + editor.id() + "/deactivate").statusCode()).isEqualTo(403);
        assertThat(browser.post("/admin/users/invite", "email", "x@example.org", "role", "ADMIN").statusCode()).isEqualTo(403);
        assertThat(browser.page("/admin").select("nav a")).extracting(e -> e.text()).doesNotContain("People");
    }

    @Test
    void aPasswordResetAnswersAlikeForAnyAddressAndEndsEverySession() {
        StaffUser author = member(ctx, Role.AUTHOR);
        StaffBrowser signedInElsewhere = signedIn(ctx, port, author);
        StaffBrowser browser = new StaffBrowser(port, freshAddress());
        browser.page("/admin/reset");
        String known = browser.post("/admin/reset", "email", author.email()).body();
        browser.page("/admin/reset");
        String unknown = browser.post("/admin/reset", "email", "nobody-" + UUID.randomUUID() + "@example.org").body();
        assertThat(org.jsoup.Jsoup.parse(known).selectFirst(".notice").text().replace(author.email(), "X"))
                .isEqualTo(org.jsoup.Jsoup.parse(unknown).selectFirst(".notice").text().replaceAll("nobody-\\S+", "X"));

        String link = lastMail(ctx, author.email(), "staff-password-reset", LINK);
        browser.page(link);
        String fresh = "another long password 77";
        assertThat(location(browser.post(link, "password", fresh))).isEqualTo("/admin/login?reset");
        assertThat(signedInElsewhere.get("/admin").statusCode()).as("other sessions ended").isEqualTo(302);
        assertThat(new StaffBrowser(port, freshAddress()).get(link).statusCode()).as("single use").isEqualTo(410);
        assertThat(browser.post("/admin/login", "email", author.email(), "password", fresh).statusCode()).isEqualTo(302);
    }

    @Test
    void theOwnerHandsOverOwnershipWithTheirPassword() {
        // there is exactly one owner: this test's, once any earlier one steps down
        ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("UPDATE staff_user SET role = 'ADMIN' WHERE role = 'OWNER'").update();
        StaffUser owner = member(ctx, Role.OWNER);
        StaffUser admin = member(ctx, Role.ADMIN);
        StaffBrowser browser = signedIn(ctx, port, owner);
        browser.page("/admin/users");
        assertThat(browser.post("/admin/users/" + admin.id() + "/transfer-ownership", "password", "wrong password 123")
                .body()).contains("not your current password");
        assertThat(staff.user(owner.id()).orElseThrow().role()).isEqualTo(Role.OWNER);
        assertThat(location(browser.post("/admin/users/" + admin.id() + "/transfer-ownership", "password", PASSWORD)))
                .isEqualTo("/admin/users?done=owner");
        assertThat(staff.user(owner.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(staff.user(admin.id()).orElseThrow().role()).isEqualTo(Role.OWNER);
        assertThat(staff.users().stream().filter(u -> u.role() == Role.OWNER)).hasSize(1);
    }
}
