package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.members.ReaderBrowser;
import org.masthead.newsletter.NewsletterFixtures;
import org.masthead.newsletter.NewsletterList;
import org.masthead.newsletter.NewsletterLists;
import org.masthead.newsletter.SaveList;
import org.masthead.newsletter.SubscriberFixtures;
import org.masthead.newsletter.Subscriptions;
import org.masthead.platform.ChangeFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing up from an article page by address (double opt-in) over real HTTP, as a reader without script does. */
@H2IntegrationTest
class NewsletterReaderTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;
    @Autowired TaxonomyService taxonomy;
    @Autowired NewsletterLists lists;
    @Autowired Subscriptions subscriptions;
    @Autowired ChangeFeed feed;
    @Autowired MutableClock clock;
    @Autowired JdbcClient db;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A story in a section of its own, and a list that carries that section. */
    private record Story(String path, NewsletterList list) { }

    private Story story() {
        String slug = "nl-" + UUID.randomUUID().toString().substring(0, 8);
        Section section = taxonomy.saveSection(null, slug, "Desk " + slug, "", null, 90);
        NewsletterList list = SubscriberFixtures.sectionList(ctx, "Desk Digest", List.of(section.id()));
        Article a = ContentFixtures.published(articles, ContentFixtures.withSection(
                ContentFixtures.draft(ContentFixtures.unique("Harbour")), slug));
        feed.poll();
        return new Story(paths.path(a), list);
    }

    private long members(String email) {
        return db.sql("SELECT COUNT(*) FROM members_member WHERE email = :e").param("e", email).query(Long.class).single();
    }

    @Test
    void theArticleBoxOffersTheListOfItsSectionAndConfirmingByLinkSubscribes() {
        Story s = story();
        Document page = new Http(port).page(s.path());
        assertThat(page.select(".newsletter-box h2").text()).isEqualTo(s.list().name());
        assertThat(page.select(".newsletter-box .newsletter-fine").first().text()).contains("Send me " + s.list().name());
        assertThat(page.select(".newsletter-box form[data-newsletter-toggle]").hasAttr("hidden")).isTrue();

        ReaderBrowser reader = new ReaderBrowser(port, MemberFixtures.freshAddress());
        String email = MemberFixtures.freshEmail();
        HttpResponse<String> r = reader.post("/newsletters/sign-up", "email", email,
                "list", page.select(".newsletter-box input[name=list]").val(),
                "wording", page.select(".newsletter-box input[name=wording]").val());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(r.body()).select("h1").text()).isEqualTo("Check your e-mail");
        assertThat(members(email)).isZero();

        String link = SubscriberFixtures.confirmPath(ctx, email);
        Document confirm = reader.page(link);
        assertThat(confirm.select(".auth-lead").text()).contains(s.list().name()).contains("•••@example.org");
        assertThat(members(email)).as("opening the link (a mail scanner) changes nothing").isZero();
        Document done = Jsoup.parse(reader.post(link).body());
        assertThat(done.select("h1").text()).isEqualTo("You are subscribed");
        long member = MemberFixtures.idOf(ctx, email);
        assertThat(subscriptions.isSubscribed(member, s.list().id())).isTrue();
        assertThat(reader.cookie("MASTHEAD_READER")).as("not signed in by this").isEmpty();

        HttpResponse<String> again = reader.post(link);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(again.body()).select("h1").text()).isEqualTo("This link was used already");
    }

    @Test
    void aMalformedAddressComesBackWithItsMessageAndWhatWasTyped() {
        Story s = story();
        ReaderBrowser reader = new ReaderBrowser(port, MemberFixtures.freshAddress());
        HttpResponse<String> r = reader.post("/newsletters/sign-up", "email", "ada@@example", "list",
                String.valueOf(s.list().id()), "wording", String.valueOf(lists.wordingOf(s.list()).id()));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#newsletter-email").val()).isEqualTo("ada@@example");
        assertThat(page.select("#newsletter-email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#newsletter-error").text()).contains("name@example.org");

        HttpResponse<String> json = reader.postWith("/newsletters/sign-up", new String[]{"Origin", reader.base(),
                "Accept", "application/json"}, "email", "", "list", String.valueOf(s.list().id()), "wording",
                String.valueOf(lists.wordingOf(s.list()).id()));
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("\"field\":\"email\"").contains("Enter your e-mail address");
        assertThat(reader.postWith("/newsletters/sign-up", new String[]{"Origin", "https://evil.example"}, "email",
                MemberFixtures.freshEmail(), "list", String.valueOf(s.list().id())).statusCode()).isEqualTo(403);
    }

    @Test
    void expiredAndForgedConfirmationLinksChangeNothing() {
        Story s = story();
        ReaderBrowser reader = new ReaderBrowser(port, MemberFixtures.freshAddress());
        String email = MemberFixtures.freshEmail();
        reader.post("/newsletters/sign-up", "email", email, "list", String.valueOf(s.list().id()), "wording",
                String.valueOf(lists.wordingOf(s.list()).id()));
        String link = SubscriberFixtures.confirmPath(ctx, email);
        assertThat(reader.get(link + "x").statusCode()).isEqualTo(404);
        assertThat(reader.post(link + "x").statusCode()).isEqualTo(404);
        db.sql("UPDATE newsletter_signup SET expires_at = :at WHERE email = :e") // the shared clock stays put
                .param("at", org.masthead.platform.JdbcTimes.ts(clock.instant().minusSeconds(1))).param("e", email).update();
        assertThat(reader.get(link).statusCode()).isEqualTo(404);
        HttpResponse<String> late = reader.post(link);
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(late.body()).select("h1").text()).isEqualTo("This link has expired");
        assertThat(members(email)).isZero();
    }

    @Test
    void aChangedListReachesCachedArticlePagesOnceTheFeedReportsIt() {
        Story s = story();
        Http http = new Http(port);
        assertThat(http.page(s.path()).select(".newsletter-box h2").text()).isEqualTo(s.list().name());
        NewsletterList l = s.list();
        lists.update(l.id(), new SaveList(l.name() + " Weekly", l.slug(), "Now weekly.", l.kind(), l.cadence(),
                l.sendTime(), l.sendDay(), l.senderName(), l.senderAddress(), null, l.audience(), l.sectionIds()));
        feed.poll();
        Document after = http.page(s.path());
        assertThat(after.select(".newsletter-box h2").text()).isEqualTo(l.name() + " Weekly");
        assertThat(after.select(".newsletter-box-text").text()).isEqualTo("Now weekly.");
    }

    @Test
    void aSignedInReaderSubscribesWithOneClickAndTheStateComesFromTheirIdentity() {
        Story s = story();
        Member m = MemberFixtures.member(ctx, "One Click");
        ReaderBrowser reader = MemberFixtures.signedIn(port, m);
        String state = "/newsletters/state.json?list=" + s.list().id();
        assertThat(new Http(port).get(state).body()).isEqualTo("{\"signedIn\":false}");
        assertThat(reader.get(state).body()).contains("\"subscribed\":false").contains("\"signedIn\":true");
        assertThat(reader.get(state).headers().firstValue("cache-control").orElse("")).contains("no-store");

        HttpResponse<String> json = reader.postWith("/account/newsletters", new String[]{"Origin", reader.base(),
                "Accept", "application/json"}, "list", String.valueOf(s.list().id()), "subscribe", "true", "source", "article-page");
        assertThat(json.body()).isEqualTo("{\"subscribed\":true}");
        assertThat(reader.get(state).body()).contains("\"subscribed\":true");

        Document account = reader.page("/account");
        assertThat(account.select("#newsletter-" + s.list().id() + " [data-newsletter-state]").text()).isEqualTo("Subscribed");
        HttpResponse<String> off = reader.post("/account/newsletters", "list", String.valueOf(s.list().id()), "subscribe", "false");
        assertThat(off.headers().firstValue("location").orElse("")).startsWith("/account?done=newsletter-off");
        assertThat(subscriptions.isSubscribed(m.id(), s.list().id())).isFalse();

        HttpResponse<String> forged = reader.postWith("/account/newsletters", new String[]{"Origin", "https://evil.example"},
                "list", String.valueOf(s.list().id()), "subscribe", "true");
        assertThat(forged.statusCode()).as("a cross-site post").isEqualTo(403);
        assertThat(subscriptions.isSubscribed(m.id(), s.list().id())).isFalse();
    }

    @Test
    void aReaderMayOnlyChooseListsTheyMayReceive() {
        NewsletterList paid = org.masthead.newsletter.SubscriberFixtures.list(ctx, "Members Briefing",
                org.masthead.newsletter.ListKind.NEWS, org.masthead.newsletter.Audience.SUBSCRIBERS);
        NewsletterList open = NewsletterFixtures.manualList(ctx, "Open Briefing");
        Member m = MemberFixtures.member(ctx, "Free Reader");
        ReaderBrowser reader = MemberFixtures.signedIn(port, m);
        Document account = reader.page("/account");
        assertThat(account.select("#newsletter-" + open.id())).hasSize(1);
        assertThat(account.select("#newsletter-" + paid.id())).as("subscribers only").isEmpty();
        HttpResponse<String> r = reader.post("/account/newsletters", "list", String.valueOf(paid.id()), "subscribe", "true");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.body()).select("#newsletters .error").text()).contains("is for subscribers");
    }
}
