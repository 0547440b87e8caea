package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberAccounts;
import org.masthead.members.ReaderBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.members.MemberFixtures.PASSWORD;
import static org.masthead.members.MemberFixtures.freshAddress;
import static org.masthead.members.MemberFixtures.freshEmail;
import static org.masthead.members.MemberFixtures.lastLink;
import static org.masthead.members.MemberFixtures.mailKinds;
import static org.masthead.members.MemberFixtures.member;
import static org.masthead.members.MemberFixtures.signedIn;

/** The account page and its actions over HTTP, including ids changed by hand: nobody reaches another's data. */
@H2IntegrationTest
class AccountPageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired MemberAccounts accounts;
    @Autowired Consents consents;

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("location").orElse("");
    }

    @Test
    void theAccountPageIsForSignedInReadersAndShowsTheirSections() {
        assertThat(location(new ReaderBrowser(port, freshAddress()).get("/account"))).isEqualTo("/account/sign-in?next=%2Faccount");
        Member m = member(ctx, "Page Reader");
        HttpResponse<String> r = signedIn(port, m).get("/account");
        assertThat(r.headers().firstValue("cache-control").orElse("")).contains("no-store");
        assertThat(r.headers().firstValue("x-robots-tag")).hasValue("noindex");
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("section h2").eachText())
                .containsExactly("Profile", "Plan", "Saved stories", "Newsletters", "E-mail choices", "Where you are signed in",
                        "Your data");
        assertThat(page.selectFirst("#newsletters h2").text()).isEqualTo("Newsletters");
        assertThat(page.selectFirst(".account-who").text()).contains(m.email());
        assertThat(page.select(".session-list li")).hasSize(1);
        assertThat(page.selectFirst(".session-list .state").text()).isEqualTo("This browser");
    }

    @Test
    void anotherReadersSessionIsNotFoundAndKeepsWorking() {
        Member ann = member(ctx, "Ann");
        Member bob = member(ctx, "Bob");
        ReaderBrowser annBrowser = signedIn(port, ann);
        String annSession = annBrowser.page("/account").selectFirst(".session-list form").attr("action");
        ReaderBrowser bobBrowser = signedIn(port, bob);

        assertThat(bobBrowser.post(annSession).statusCode()).isEqualTo(404);
        assertThat(annBrowser.get("/account").statusCode()).as("Ann is still signed in").isEqualTo(200);
        assertThat(bobBrowser.page("/account").selectFirst(".account-who").text()).contains(bob.email()).doesNotContain(ann.email());
    }

    @Test
    void endingAnotherBrowsersSessionSignsThatBrowserOut() {
        Member m = member(ctx, "Two Browsers");
        ReaderBrowser laptop = signedIn(port, m);
        ReaderBrowser phone = signedIn(port, m);
        Document page = laptop.page("/account");
        String other = page.select(".session-list li").stream().filter(li -> li.select(".state").isEmpty())
                .findFirst().orElseThrow().selectFirst("form").attr("action");
        assertThat(location(laptop.post(other))).isEqualTo("/account?done=session#sessions");
        assertThat(location(phone.get("/account"))).startsWith("/account/sign-in");
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);

        assertThat(location(laptop.post("/account/sessions/end-all"))).isEqualTo("/account/sign-in?signedOut");
        assertThat(location(laptop.get("/account"))).startsWith("/account/sign-in");
    }

    @Test
    void withdrawingConsentIsOneClickAndAForgedChoiceChangesNothing() {
        Member m = member(ctx, "Choosy Reader");
        ReaderBrowser b = signedIn(port, m);
        Document page = b.page("/account");
        String offersWording = page.selectFirst(".consent-item:has(input[value=offers]) input[name=wording]").val();
        assertThat(location(b.post("/account/consents", "purpose", "offers", "grant", "true", "wording", offersWording)))
                .isEqualTo("/account?done=consent-given#consents");
        assertThat(consents.granted(m.id(), Consents.OFFERS)).isTrue();
        assertThat(location(b.post("/account/consents", "purpose", "offers", "grant", "false", "wording", offersWording)))
                .isEqualTo("/account?done=consent-withdrawn#consents");
        assertThat(consents.granted(m.id(), Consents.OFFERS)).as("at once").isFalse();

        String notificationsWording = consents.currentWording(Consents.NOTIFICATIONS).id() + "";
        assertThat(b.post("/account/consents", "purpose", "offers", "grant", "true", "wording", notificationsWording).statusCode())
                .as("another purpose's wording").isEqualTo(400);
        assertThat(b.post("/account/consents", "purpose", "newsletter:1", "grant", "true", "wording", offersWording).statusCode())
                .isEqualTo(400);
        assertThat(consents.granted(m.id(), Consents.OFFERS)).isFalse();
        assertThat(consents.history(m.id())).hasSize(2);
    }

    @Test
    void aRefusedProfileFormKeepsWhatWasTyped() {
        Member m = member(ctx, "Named Reader");
        ReaderBrowser b = signedIn(port, m);
        String longName = "N".repeat(61);
        HttpResponse<String> r = b.post("/account/name", "displayName", longName);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.selectFirst("#displayName").val()).isEqualTo(longName);
        assertThat(page.selectFirst("#displayName-error").text()).contains("at most 60");
        assertThat(location(b.post("/account/name", "displayName", "  Nadia   Reader "))).isEqualTo("/account?done=name#profile");
        assertThat(accounts.member(m.id()).displayName()).isEqualTo("Nadia Reader");
        assertThat(b.get("/account/identity").body()).as("the identity follows the new name").contains("Nadia Reader");

        HttpResponse<String> wrong = b.post("/account/password", "currentPassword", "not my password", "newPassword", "a new password");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).selectFirst("#currentPassword-error").text()).contains("not your current password");
    }

    @Test
    void aNewAddressIsUsedOnlyOnceItsLinkIsFollowedAndTheOldOneIsTold() {
        Member m = member(ctx, "Moving Reader");
        ReaderBrowser b = signedIn(port, m);
        String next = freshEmail();
        assertThat(location(b.post("/account/email", "newEmail", next))).isEqualTo("/account?done=email-sent#profile");
        assertThat(accounts.member(m.id()).email()).isEqualTo(m.email());
        assertThat(b.post("/account/email", "newEmail", m.email()).statusCode()).as("the same address").isEqualTo(400);

        String link = lastLink(ctx, next, "/account/verify");
        ReaderBrowser newInbox = new ReaderBrowser(port, freshAddress());
        Document confirm = newInbox.page(link);
        HttpResponse<String> done = newInbox.post("/account/verify", "token", confirm.selectFirst("input[name=token]").val());
        assertThat(Jsoup.parse(done.body()).selectFirst("h1").text()).isEqualTo("Your address is changed");
        assertThat(accounts.member(m.id()).email()).isEqualTo(next);
        assertThat(mailKinds(ctx, m.email())).contains("reader-email-changed");
        assertThat(location(new ReaderBrowser(port, freshAddress()).post("/account/sign-in", "email", next, "password", PASSWORD)))
                .isEqualTo("/account");
    }

    @Test
    void theDataDownloadIsTheReadersOwnJson() {
        Member ann = member(ctx, "Ann Download");
        Member bob = member(ctx, "Bob Download");
        HttpResponse<String> r = signedIn(port, ann).get("/account/data.json?member=" + bob.id());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-disposition").orElse("")).startsWith("attachment;").contains(".json");
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(r.body()).contains("\"email\":\"" + ann.email() + "\"", "\"savedStories\"", "\"consents\"", "\"sessions\"")
                .doesNotContain(bob.email());
        assertThat(location(new ReaderBrowser(port, freshAddress()).get("/account/data.json"))).startsWith("/account/sign-in");
    }

    @Test
    void deletingTheAccountNeedsTheAddressTypedAndSignsOutEverywhere() {
        Member m = member(ctx, "Deleting Reader");
        ReaderBrowser b = signedIn(port, m);
        ReaderBrowser other = signedIn(port, m);
        HttpResponse<String> wrong = b.post("/account/delete", "confirmEmail", "someone@example.org");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).selectFirst("#confirmEmail-error").text()).contains("exactly as shown");
        assertThat(accounts.member(m.id()).deletionDueAt()).isNull();

        HttpResponse<String> done = b.post("/account/delete", "confirmEmail", m.email().toUpperCase());
        assertThat(Jsoup.parse(done.body()).selectFirst("h1").text()).isEqualTo("Your account will be deleted");
        assertThat(accounts.member(m.id()).deletionDueAt()).isNotNull();
        assertThat(location(other.get("/account"))).startsWith("/account/sign-in");
        assertThat(mailKinds(ctx, m.email())).contains("reader-account-deletion");
    }
}
