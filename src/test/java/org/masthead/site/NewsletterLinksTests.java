package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.members.ReaderBrowser;
import org.masthead.newsletter.Audience;
import org.masthead.newsletter.ListKind;
import org.masthead.newsletter.NewsletterFixtures;
import org.masthead.newsletter.NewsletterLinks;
import org.masthead.newsletter.NewsletterList;
import org.masthead.newsletter.SubscriberFixtures;
import org.masthead.newsletter.Subscriptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed links of newsletter e-mails over real HTTP: RFC 8058's one-click POST as a mail provider's server sends
 * it (no cookies, no Origin, no token), the manage page, and forged or borrowed tokens.
 */
@H2IntegrationTest
class NewsletterLinksTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired NewsletterLinks links;
    @Autowired Subscriptions subscriptions;
    @Autowired Consents consents;

    private record Subscriber(Member member, NewsletterList list, String unsubscribe, String manage) { }

    private Subscriber subscriber() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Breaking News");
        Member m = MemberFixtures.member(ctx, "Mail Reader");
        subscriptions.subscribe(m.id(), list.id(), Subscriptions.ACCOUNT_PAGE);
        return new Subscriber(m, list, SubscriberFixtures.path(links.unsubscribeUrl(m.id(), list.id())),
                SubscriberFixtures.path(links.manageUrl(m.id())));
    }

    @Test
    void aOneClickPostFromAMailProviderUnsubscribesAtOnce() {
        Subscriber s = subscriber();
        HttpResponse<String> r = new Http(port).send("POST", s.unsubscribe(), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("set-cookie")).isEmpty();
        assertThat(Jsoup.parse(r.body()).select("h1").text()).isEqualTo("You are unsubscribed");
        assertThat(subscriptions.isSubscribed(s.member().id(), s.list().id())).isFalse();
        assertThat(consents.history(s.member().id())).first().satisfies(c -> {
            assertThat(c.purpose()).isEqualTo(s.list().purpose());
            assertThat(c.source()).isEqualTo("one-click-unsubscribe");
        });
        assertThat(new Http(port).send("POST", s.unsubscribe(), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click").statusCode()).as("twice is harmless").isEqualTo(200);
    }

    @Test
    void openingTheUnsubscribeLinkNeverUnsubscribesItShowsTheManagePage() {
        Subscriber s = subscriber();
        Document page = new Http(port).page(s.unsubscribe());
        assertThat(subscriptions.isSubscribed(s.member().id(), s.list().id())).isTrue();
        assertThat(page.select(".highlight-panel h2").text()).isEqualTo("You are subscribed to " + s.list().name());
        assertThat(page.select(".highlight-panel button").text()).startsWith("Unsubscribe");
        assertThat(page.select(".account-who").text()).contains("•••@example.org").doesNotContain(s.member().email());
        assertThat(page.select("form").eachAttr("action")).containsOnly(s.manage());
    }

    @Test
    void theManagePageChangesListsAndOffersWithOneClickFromThisSiteOnly() {
        Subscriber s = subscriber();
        NewsletterList other = NewsletterFixtures.manualList(ctx, "Culture Weekly");
        ReaderBrowser browser = new ReaderBrowser(port, MemberFixtures.freshAddress());
        browser.page(s.manage());
        HttpResponse<String> off = browser.post(s.manage(), "list", String.valueOf(s.list().id()), "subscribe", "false");
        assertThat(off.headers().firstValue("location").orElse("")).isEqualTo(s.manage() + "?done=unsubscribed&list=" + s.list().id());
        Document after = browser.page(off.headers().firstValue("location").orElseThrow());
        assertThat(after.select(".highlight-panel h2").text()).isEqualTo("You have been unsubscribed from " + s.list().name());
        assertThat(after.select(".highlight-panel button").text()).startsWith("Subscribe");
        browser.post(s.manage(), "list", String.valueOf(other.id()), "subscribe", "true");
        assertThat(subscriptions.isSubscribed(s.member().id(), other.id())).isTrue();

        long wording = consents.currentWording(Consents.OFFERS).id();
        browser.post(s.manage(), "offers", "true", "wording", String.valueOf(wording));
        assertThat(consents.granted(s.member().id(), Consents.OFFERS)).isTrue();
        HttpResponse<String> forged = browser.postWith(s.manage(), new String[]{"Origin", "https://evil.example"},
                "offers", "false", "wording", String.valueOf(wording));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(consents.granted(s.member().id(), Consents.OFFERS)).isTrue();
    }

    @Test
    void anOffersMailingsLinkWithdrawsTheOffersConsent() {
        NewsletterList offers = SubscriberFixtures.list(ctx, "Offers", ListKind.OFFERS, Audience.EVERYONE);
        Member m = MemberFixtures.member(ctx, "Deal Seeker");
        consents.record(m.id(), Consents.OFFERS, true, "sign-up", consents.currentWording(Consents.OFFERS).id());
        String link = SubscriberFixtures.path(links.unsubscribeUrl(m.id(), offers.id()));
        assertThat(new Http(port).page(link).select("#offers.highlight-panel .state").text()).isEqualTo("On");
        new Http(port).send("POST", link, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(consents.granted(m.id(), Consents.OFFERS)).isFalse();
    }

    @Test
    void forgedOrBorrowedTokensFindNothingAndChangeNothing() {
        Subscriber s = subscriber();
        Subscriber other = subscriber();
        String forged = s.unsubscribe().substring(0, s.unsubscribe().length() - 3) + "abc";
        Http http = new Http(port);
        assertThat(http.send("POST", forged, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
                .statusCode()).isEqualTo(404);
        assertThat(http.get(forged).statusCode()).isEqualTo(404);
        assertThat(http.get(s.manage() + "x").statusCode()).isEqualTo(404);
        assertThat(http.send("POST", s.manage().replace("/manage/", "/unsubscribe/"), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click").statusCode()).as("a manage token is no unsubscribe token").isEqualTo(404);
        ReaderBrowser browser = new ReaderBrowser(port, MemberFixtures.freshAddress());
        browser.page(other.manage());
        browser.post(other.manage() + "x", "list", String.valueOf(s.list().id()), "subscribe", "false");
        assertThat(subscriptions.isSubscribed(s.member().id(), s.list().id())).isTrue();
        assertThat(subscriptions.isSubscribed(other.member().id(), other.list().id())).isTrue();
    }
}
