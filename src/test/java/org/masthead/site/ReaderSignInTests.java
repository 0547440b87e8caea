package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.MutableClock;
import org.masthead.members.Member;
import org.masthead.members.MemberAccounts;
import org.masthead.members.ReaderBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.members.MemberFixtures.PASSWORD;
import static org.masthead.members.MemberFixtures.freshAddress;
import static org.masthead.members.MemberFixtures.freshEmail;
import static org.masthead.members.MemberFixtures.lastCode;
import static org.masthead.members.MemberFixtures.lastLink;
import static org.masthead.members.MemberFixtures.mailKinds;
import static org.masthead.members.MemberFixtures.member;

/** Reader sign-up and sign-in over HTTP: codes, links, passwords, resets, throttling, and what forgeries get. */
@H2IntegrationTest
class ReaderSignInTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired MutableClock clock;
    @Autowired JdbcClient db;
    @Autowired MemberAccounts accounts;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private ReaderBrowser browser() {
        return new ReaderBrowser(port, freshAddress());
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("location").orElse("");
    }

    private static List<String> setCookies(HttpResponse<String> r) {
        return r.headers().allValues("set-cookie");
    }

    private long members(String email) {
        return db.sql("SELECT COUNT(*) FROM members_member WHERE email = :e").param("e", email).query(Long.class).single();
    }

    @Test
    void aReaderSignsUpWithTheEmailedCodeAndIsSignedInWithHttpOnlyCookies() {
        ReaderBrowser b = browser();
        Document form = b.page("/account/sign-up?next=/world");
        assertThat(form.selectFirst("#offers").hasAttr("checked")).as("offers unticked by default").isFalse();
        assertThat(form.selectFirst(".consent label").text()).startsWith("Send me early access");
        String email = freshEmail();

        HttpResponse<String> r = b.post("/account/sign-up", "email", email, "displayName", "Ann", "password", "",
                "offers", "yes", "offersWording", form.selectFirst("input[name=offersWording]").val(), "next", "/world");
        assertThat(location(r)).isEqualTo("/account/code");
        assertThat(members(email)).isZero();
        assertThat(b.page("/account/code").text()).contains(email.charAt(0) + "•••@example.org");

        r = b.post("/account/code", "code", lastCode(ctx, email));
        assertThat(location(r)).isEqualTo("/world");
        assertThat(setCookies(r)).anySatisfy(c -> assertThat(c).startsWith("MASTHEAD_READER=")
                .contains("Path=/", "HttpOnly", "SameSite=Lax").doesNotContain("Max-Age=0"));
        assertThat(setCookies(r)).anySatisfy(c -> assertThat(c).startsWith("MASTHEAD_ID=")
                .contains("Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=1800"));
        assertThat(b.page("/account").selectFirst(".account-who").text()).contains(email);
        assertThat(b.get("/account/identity").body()).contains("\"signedIn\":true", "\"name\":\"Ann\"");
    }

    @Test
    void aRefusedSignUpKeepsWhatWasTypedAndSaysWhy() {
        ReaderBrowser b = browser();
        Document form = b.page("/account/sign-up");
        HttpResponse<String> r = b.post("/account/sign-up", "email", "not-an-address", "displayName", "Ann Reader",
                "password", "short", "offers", "yes", "offersWording", form.selectFirst("input[name=offersWording]").val());
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.selectFirst("#email-error").text()).contains("e-mail address");
        assertThat(page.selectFirst("#password-error").text()).contains("at least 8");
        assertThat(page.selectFirst("#email").val()).isEqualTo("not-an-address");
        assertThat(page.selectFirst("#displayName").val()).isEqualTo("Ann Reader");
        assertThat(page.selectFirst("#password").val()).as("a password is never sent back").isEmpty();
        assertThat(page.selectFirst("#offers").hasAttr("checked")).isTrue();
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswers() {
        Member known = member(ctx, "Known Reader");
        String unknown = freshEmail();
        HttpResponse<String> wrong = browser().post("/account/sign-in", "email", known.email(), "password", "not it at all");
        HttpResponse<String> nobody = browser().post("/account/sign-in", "email", unknown, "password", "not it at all");
        assertThat(wrong.statusCode()).isEqualTo(401).isEqualTo(nobody.statusCode());
        assertThat(Jsoup.parse(wrong.body()).selectFirst(".error").text())
                .isEqualTo(Jsoup.parse(nobody.body()).selectFirst(".error").text());

        assertThat(location(browser().post("/account/sign-in/email", "email", known.email())))
                .isEqualTo(location(browser().post("/account/sign-in/email", "email", unknown))).isEqualTo("/account/code");

        HttpResponse<String> again = browser().post("/account/sign-up", "email", known.email(), "password", "another password",
                "offersWording", "1");
        assertThat(location(again)).isEqualTo("/account/code");
        assertThat(mailKinds(ctx, known.email()).get(0)).as("the owner is helped in, nobody else learns").isEqualTo("reader-sign-in");
        assertThat(members(known.email())).isEqualTo(1);
    }

    @Test
    void aSignInLinkWorksOnceOnWhicheverBrowserOpensIt() {
        String email = freshEmail();
        browser().post("/account/sign-in/email", "email", email, "next", "/science");
        String link = lastLink(ctx, email, "/account/link");
        ReaderBrowser phone = browser();
        assertThat(phone.page(link).text()).as("opening the link spends nothing").contains("Continue as");
        Document confirm = phone.page(link);
        HttpResponse<String> r = phone.post("/account/link", "token", confirm.selectFirst("input[name=token]").val());
        assertThat(location(r)).isEqualTo("/science");
        assertThat(members(email)).as("the link proved the address").isEqualTo(1);

        HttpResponse<String> reused = browser().post("/account/link", "token", confirm.selectFirst("input[name=token]").val());
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(reused.body()).selectFirst(".auth-lead").text()).contains("expired or was used");
        assertThat(reused.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("MASTHEAD_READER"));
    }

    @Test
    void forgedOrExpiredLinksCodesAndCookiesGetAClearMessageAndChangeNothing() {
        ReaderBrowser b = browser();
        assertThat(b.get("/account/link?token=forged").statusCode()).isEqualTo(400);
        assertThat(b.get("/account/reset/confirm?token=forged").statusCode()).isEqualTo(400);
        assertThat(b.get("/account/verify?token=forged").statusCode()).isEqualTo(400);
        HttpResponse<String> noPending = b.post("/account/code", "code", "123456");
        assertThat(noPending.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noPending.body()).selectFirst(".auth-lead").text()).contains("Ask for a new one");

        b.setCookie("MASTHEAD_PENDING", "1.forgedsignature");
        assertThat(b.post("/account/code", "code", "123456").statusCode()).isEqualTo(400);
        b.setCookie("MASTHEAD_ID", "1~1~99999999999~QWRh.forgedsignature");
        assertThat(b.get("/account/identity").body()).contains("\"signedIn\":false");
        b.setCookie("MASTHEAD_READER", "not-a-session");
        assertThat(location(b.get("/account"))).startsWith("/account/sign-in");

        String email = freshEmail();
        ReaderBrowser late = browser();
        late.post("/account/sign-in/email", "email", email);
        String link = lastLink(ctx, email, "/account/link");
        clock.advance(Duration.ofMinutes(11));
        assertThat(late.post("/account/code", "code", lastCode(ctx, email)).statusCode()).isEqualTo(400);
        assertThat(late.get(link).statusCode()).isEqualTo(400);
        assertThat(members(email)).isZero();
    }

    @Test
    void fiveWrongPasswordsFromOneAddressStopFurtherChecks() {
        Member m = member(ctx, "Guarded Reader");
        ReaderBrowser b = browser();
        for (int i = 0; i < 5; i++) {
            assertThat(b.post("/account/sign-in", "email", m.email(), "password", "wrong " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = b.post("/account/sign-in", "email", m.email(), "password", PASSWORD);
        assertThat(blocked.statusCode()).as("even the right password is not checked").isEqualTo(429);
        assertThat(Long.parseLong(blocked.headers().firstValue("retry-after").orElseThrow())).isGreaterThanOrEqualTo(900);
        assertThat(Jsoup.parse(blocked.body()).selectFirst(".error").text()).contains("Too many attempts");
        assertThat(browser().post("/account/sign-in", "email", m.email(), "password", PASSWORD).statusCode())
                .as("another address may still sign in").isEqualTo(302);
    }

    @Test
    void codesForOneAddressAreThrottledFromEveryAddress() {
        String email = freshEmail();
        for (int i = 0; i < 5; i++) {
            assertThat(browser().post("/account/sign-in/email", "email", email).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> blocked = browser().post("/account/sign-in/email", "email", email);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(mailKinds(ctx, email)).hasSize(5);
    }

    @Test
    void aResetSetsANewPasswordAndSignsOutEveryOtherBrowser() {
        Member m = member(ctx, "Forgetful Reader");
        ReaderBrowser laptop = browser();
        laptop.post("/account/sign-in", "email", m.email(), "password", PASSWORD);
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);

        ReaderBrowser phone = browser();
        HttpResponse<String> asked = phone.post("/account/reset", "email", m.email());
        assertThat(Jsoup.parse(asked.body()).selectFirst("h1").text()).isEqualTo("Check your e-mail");
        String link = lastLink(ctx, m.email(), "/account/reset/confirm");
        String token = phone.page(link).selectFirst("input[name=token]").val();
        HttpResponse<String> shortOne = phone.post("/account/reset/confirm", "token", token, "password", "short");
        assertThat(shortOne.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(shortOne.body()).selectFirst("#password-error").text()).contains("at least 8");

        HttpResponse<String> done = phone.post("/account/reset/confirm", "token", token, "password", "a brand new password");
        assertThat(location(done)).isEqualTo("/account?done=password");
        assertThat(location(laptop.get("/account"))).as("the other browser is signed out").startsWith("/account/sign-in");
        assertThat(browser().post("/account/sign-in", "email", m.email(), "password", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(browser().post("/account/sign-in", "email", m.email(), "password", "a brand new password").statusCode())
                .isEqualTo(302);
        assertThat(phone.post("/account/reset/confirm", "token", token, "password", "yet another password").statusCode())
                .as("the link works once").isEqualTo(400);
        assertThat(mailKinds(ctx, m.email())).contains("reader-password-changed");
    }

    @Test
    void signingInDuringTheGracePeriodOffersToKeepTheAccount() {
        Member m = member(ctx, "Hesitant Reader");
        accounts.requestDeletion(m.id(), m.email());
        ReaderBrowser b = browser();
        HttpResponse<String> r = b.post("/account/sign-in", "email", m.email(), "password", PASSWORD, "next", "/world");
        assertThat(location(r)).isEqualTo("/account#delete");
        Document page = b.page("/account");
        assertThat(page.selectFirst(".banner").text()).contains("will be deleted on");
        assertThat(location(b.post("/account/delete/cancel"))).isEqualTo("/account?done=kept");
        assertThat(b.page("/account").select(".banner")).isEmpty();
        assertThat(accounts.member(m.id()).deletionDueAt()).isNull();
    }

    @Test
    void signingOutEndsTheSessionAndClearsTheCookies() {
        Member m = member(ctx, "Leaving Reader");
        ReaderBrowser b = browser();
        b.post("/account/sign-in", "email", m.email(), "password", PASSWORD);
        HttpResponse<String> out = b.post("/account/sign-out");
        assertThat(location(out)).isEqualTo("/account/sign-in?signedOut");
        assertThat(setCookies(out)).anySatisfy(c -> assertThat(c).startsWith("MASTHEAD_READER=;").contains("Max-Age=0"));
        assertThat(location(b.get("/account"))).isEqualTo("/account/sign-in?next=%2Faccount");
        assertThat(b.page("/account/sign-in?signedOut").selectFirst(".notice").text()).isEqualTo("You are signed out.");
    }

    @Test
    void aReaderSessionMeansNothingToTheNewsroom() {
        Member m = member(ctx, "Curious Reader");
        ReaderBrowser b = browser();
        b.post("/account/sign-in", "email", m.email(), "password", PASSWORD);
        assertThat(b.cookie("MASTHEAD_READER")).isPresent();
        assertThat(location(b.get("/admin"))).isEqualTo("/admin/login");
        assertThat(b.post("/admin/login", "email", m.email(), "password", PASSWORD).statusCode())
                .as("reader accounts are not staff accounts").isIn(401, 403);
    }
}
