package org.masthead.staff;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.staff.StaffFixtures.PASSWORD;
import static org.masthead.staff.StaffFixtures.freshAddress;
import static org.masthead.staff.StaffFixtures.lastCode;
import static org.masthead.staff.StaffFixtures.member;

/** Staff sign-in over HTTP: password, second factor on new browsers, throttling, sessions. */
@H2IntegrationTest
class StaffSignInTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired JdbcClient db;
    @Autowired MutableClock clock;
    @Autowired StaffRepository users;

    @AfterEach
    void tidy() {
        clock.reset();
        db.sql("DELETE FROM staff_policy_setting").update();
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("location").orElse("");
    }

    @Test
    void aNewBrowserIsAskedForAnEmailedCodeAndIsTrustedAfterIt() {
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser browser = new StaffBrowser(port, freshAddress());
        HttpResponse<String> r = browser.post("/admin/login", "email", editor.email(), "password", PASSWORD);
        assertThat(location(r)).isEqualTo("/admin/login/code");
        assertThat(browser.get("/admin").statusCode()).as("not signed in yet").isEqualTo(302);
        assertThat(browser.page("/admin/login/code").text()).contains(editor.email().charAt(0) + "•••@example.org");

        assertThat(browser.post("/admin/login/code", "code", "000000").statusCode()).isEqualTo(401);
        r = browser.post("/admin/login/code", "code", lastCode(ctx, editor.email()));
        assertThat(location(r)).isEqualTo("/admin");
        assertThat(browser.page("/admin").selectFirst("h1").text()).startsWith("Hello");
        assertThat(browser.cookie(StaffSecurity.DEVICE_COOKIE)).isPresent();

        assertThat(location(browser.post("/admin/logout"))).isEqualTo("/admin/login?signedOut");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
        browser.page("/admin/login?signedOut");
        r = browser.post("/admin/login", "email", editor.email(), "password", PASSWORD);
        assertThat(location(r)).as("a trusted browser signs in without a code").isEqualTo("/admin");
    }

    @Test
    void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() {
        StaffUser author = member(ctx, Role.AUTHOR);
        StaffBrowser browser = new StaffBrowser(port, freshAddress());
        HttpResponse<String> wrong = browser.post("/admin/login", "email", author.email(), "password", "not the password at all");
        HttpResponse<String> unknown = browser.post("/admin/login", "email", "nobody-here@example.org", "password", "not the password at all");
        assertThat(wrong.statusCode()).isEqualTo(401).isEqualTo(unknown.statusCode());
        assertThat(Jsoup.parse(wrong.body()).selectFirst(".error").text())
                .isEqualTo(Jsoup.parse(unknown.body()).selectFirst(".error").text());
    }

    @Test
    void extraFieldsNeverSkipTheSecondStep() {
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser browser = new StaffBrowser(port, freshAddress());
        HttpResponse<String> r = browser.post("/admin/login", "email", editor.email(), "password", PASSWORD,
                "code", "123456", "trusted", "true", "skipSecondFactor", "true", "method", "NONE", "remember-me", "on",
                "userId", String.valueOf(editor.id()));
        assertThat(location(r)).isEqualTo("/admin/login/code");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
        assertThat(browser.post("/admin/login/code", "code", "", "trusted", "true").statusCode()).isEqualTo(401);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void fiveFailuresFromOneAddressStopFurtherPasswordChecksForAtLeastFifteenMinutes() {
        StaffUser author = member(ctx, Role.AUTHOR);
        String address = freshAddress();
        StaffBrowser browser = new StaffBrowser(port, address);
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            assertThat(browser.post("/admin/login", "email", author.email(), "password", "wrong " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = browser.post("/admin/login", "email", author.email(), "password", PASSWORD);
        assertThat(blocked.statusCode()).as("even the right password is not checked").isEqualTo(429);
        assertThat(Long.parseLong(blocked.headers().firstValue("retry-after").orElseThrow())).isGreaterThanOrEqualTo(900);
        assertThat(new StaffBrowser(port, freshAddress()).post("/admin/login", "email", author.email(), "password", PASSWORD)
                .statusCode()).as("another address may still try").isEqualTo(302);

        clock.advance(Duration.ofMinutes(61));
        assertThat(browser.post("/admin/login", "email", author.email(), "password", PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void tenFailuresOnOneAccountStopItFromEveryAddress() {
        StaffUser author = member(ctx, Role.AUTHOR);
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            new StaffBrowser(port, freshAddress()).post("/admin/login", "email", author.email(), "password", "wrong " + i);
        }
        HttpResponse<String> r = new StaffBrowser(port, freshAddress()).post("/admin/login", "email", author.email(), "password", PASSWORD);
        assertThat(r.statusCode()).isEqualTo(429);
    }

    @Test
    void anEmailedCodeGivesFiveTriesAndThenSendsYouBackToTheStart() {
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser browser = new StaffBrowser(port, freshAddress());
        browser.post("/admin/login", "email", editor.email(), "password", PASSWORD);
        String code = lastCode(ctx, editor.email());
        String wrong = code.equals("111111") ? "222222" : "111111";
        for (int i = 0; i < SecondFactors.CODE_TRIES - 1; i++) {
            assertThat(browser.post("/admin/login/code", "code", wrong).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> last = browser.post("/admin/login/code", "code", wrong);
        assertThat(Jsoup.parse(last.body()).selectFirst(".error").text()).contains("Sign in again");
        assertThat(location(browser.post("/admin/login/code", "code", code))).as("the right code is spent too")
                .isEqualTo("/admin/login");
    }

    @Test
    void anEmailedCodeExpiresAfterTenMinutes() {
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser browser = new StaffBrowser(port, freshAddress());
        browser.post("/admin/login", "email", editor.email(), "password", PASSWORD);
        String code = lastCode(ctx, editor.email());
        clock.advance(Duration.ofMinutes(11));
        assertThat(location(browser.post("/admin/login/code", "code", code))).isEqualTo("/admin/login");
    }

    @Test
    void anAuthenticatorAppReplacesEmailedCodesOnNewBrowsers() throws Exception {
        StaffUser admin = member(ctx, Role.ADMIN);
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        users.setTotp(admin.id(), secret, clock.instant());
        StaffBrowser browser = new StaffBrowser(port, freshAddress());
        assertThat(location(browser.post("/admin/login", "email", admin.email(), "password", PASSWORD))).isEqualTo("/admin/login/code");
        assertThat(browser.page("/admin/login/code").text()).contains("authenticator app");
        String now = new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
        assertThat(location(browser.post("/admin/login/code", "code", now))).isEqualTo("/admin");
    }

    @Test
    void whenTheNewsroomRequiresAnAppEveryoneWithoutOneMustSetItUpFirst() {
        StaffUser author = member(ctx, Role.AUTHOR);
        users.saveSetting(StaffSecurity.REQUIRE_TOTP, "true", clock.instant());
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, author);
        HttpResponse<String> r = browser.get("/admin");
        assertThat(location(r)).isEqualTo("/admin/account/totp?required");
        assertThat(browser.page("/admin/account/totp").select("img.qr")).hasSize(1);
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfThatPersonInTheDatabase() {
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser laptop = StaffFixtures.signedIn(ctx, port, editor);
        StaffBrowser phone = StaffFixtures.signedIn(ctx, port, editor);
        assertThat(db.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :p")
                .param("p", "staff:" + editor.id()).query(Long.class).single()).isEqualTo(2);

        phone.page("/admin/account");
        assertThat(location(phone.post("/admin/account/sessions/end"))).isEqualTo("/admin/login?signedOut");
        assertThat(laptop.get("/admin").statusCode()).isEqualTo(302);
        assertThat(phone.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void aDeactivatedAccountIsSignedOutAtItsNextClick() {
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, editor);
        users.setDeactivated(editor.id(), clock.instant());
        assertThat(location(browser.get("/admin"))).isEqualTo("/admin/login?signedOut");
        assertThat(browser.post("/admin/login", "email", editor.email(), "password", PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void signInFormsRefuseAPostWithoutItsCsrfField() {
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser browser = new StaffBrowser(port, freshAddress());
        browser.get("/admin/login");
        assertThat(browser.postWithoutCsrf("/admin/login", "email", editor.email(), "password", PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void staffCookiesAreHttpOnlyLaxAndNeverSentToReaderPages() {
        StaffUser editor = member(ctx, Role.EDITOR);
        StaffBrowser browser = StaffFixtures.signedIn(ctx, port, editor);
        var session = browser.cookie(StaffSecurity.SESSION_COOKIE).orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getPath()).isEqualTo("/admin");
        var device = browser.cookie(StaffSecurity.DEVICE_COOKIE).orElseThrow();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getPath()).isEqualTo("/admin");
        assertThat(new Http(port).get("/").headers().allValues("set-cookie")).isEmpty();
    }
}
