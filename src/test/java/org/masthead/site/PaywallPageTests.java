package org.masthead.site;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.MutableClock;
import org.masthead.RequestConnections;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.content.PreviewLinks;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.members.Readers;
import org.masthead.paywall.PaywallFixtures;
import org.masthead.platform.ChangeFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/**
 * The paywall on article pages, over real HTTP through the page cache: what each reader is shown, what is never
 * shipped to a blocked reader, which answers a CDN may keep, and which requests never move a meter.
 */
@H2IntegrationTest
class PaywallPageTests {

    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    @LocalServerPort int port;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;
    @Autowired PreviewLinks previews;
    @Autowired MeterRegistry meters;
    @Autowired ApplicationContext ctx;
    @Autowired MutableClock clock;
    @Autowired ChangeFeed feed;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Four paragraphs, each with a sentence found nowhere else: the last two are past the free excerpt. */
    static String body(String t) {
        return "<p>Opening " + t + " one.</p><p>Second " + t + " two.</p><p>Gated " + t + " three, for readers with access.</p>"
                + "<p>Closing " + t + " four.</p>";
    }

    /**
     * Publishes, then lets the change feed deliver its word of it here too, so that second (harmless) invalidation
     * cannot land in the middle of a test's cache assertions.
     */
    private Article publish(AccessLevel level, String token) {
        ArticleDraft d = ContentFixtures.draft(unique(level + " story"));
        Article a = ContentFixtures.published(articles, new ArticleDraft(d.headline(), d.standfirst(), body(token), null,
                d.section(), d.bylines(), d.tags(), "LAGOS", level, null, null, null, null, null));
        feed.poll();
        return a;
    }

    private Article publish(AccessLevel level) {
        return publish(level, unique("Q").replace(" ", ""));
    }

    private static String token(Article a) {
        return a.bodyHtml().substring("<p>Opening ".length(), a.bodyHtml().indexOf(" one."));
    }

    private static void assertWholeText(HttpResponse<String> r, Article a) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(r.body()).selectFirst(".article-body").text()).contains("Gated " + token(a) + " three", "Closing " + token(a) + " four");
        assertThat(Jsoup.parse(r.body()).selectFirst(".wall")).isNull();
    }

    /** Nothing past the free excerpt anywhere in the answer: not in the HTML, the head, the JSON-LD or an attribute. */
    private static void assertNoGatedText(String body, Article a) {
        assertThat(body).doesNotContain("Gated " + token(a), "Closing " + token(a), "for readers with access");
        Document page = Jsoup.parse(body);
        assertThat(page.selectFirst(".article-body")).as("the gated element is absent").isNull();
        assertThat(page.selectFirst(".article-excerpt").text()).contains("Opening " + token(a) + " one.", "Second " + token(a) + " two.");
        assertThat(page.selectFirst(".standfirst").text()).isEqualTo(a.standfirst());
    }

    private static String notice(HttpResponse<String> r) {
        var n = Jsoup.parse(r.body()).selectFirst(".meter-notice strong");
        return n == null ? null : n.text();
    }

    private double cache(String result) {
        return meters.get("masthead.page.cache").tag("result", result).counter().count();
    }

    @Test
    void anAnonymousReaderReadsThreeMeteredStoriesAMonthThenMeetsTheSignUpWall() {
        Article[] a = {publish(AccessLevel.METERED), publish(AccessLevel.METERED), publish(AccessLevel.METERED),
                publish(AccessLevel.METERED), publish(AccessLevel.FREE)};
        ReaderHttp reader = new ReaderHttp(port);

        HttpResponse<String> first = reader.get(paths.path(a[0]));
        assertWholeText(first, a[0]);
        assertThat(notice(first)).isEqualTo("2 of 3 free articles left this month");
        assertThat(Jsoup.parse(first.body()).selectFirst(".benefits").text()).as("what an account gives")
                .contains("10 free articles every month", "Save stories", "comments", "Newsletters");
        assertThat(notice(reader.get(paths.path(a[1])))).isEqualTo("1 of 3 free articles left this month");
        HttpResponse<String> free = reader.get(paths.path(a[4]));
        assertWholeText(free, a[4]);
        assertThat(notice(free)).as("free stories never count").isNull();
        assertThat(notice(reader.get(paths.path(a[2])))).isEqualTo("This is the last of your 3 free articles this month");

        HttpResponse<String> walled = reader.get(paths.path(a[3]));
        assertThat(walled.statusCode()).isEqualTo(200);
        assertNoGatedText(walled.body(), a[3]);
        Document wall = Jsoup.parse(walled.body());
        assertThat(wall.selectFirst(".wall").attr("data-wall")).isEqualTo("sign-up");
        assertThat(wall.selectFirst(".wall-title").text()).isEqualTo("You’ve read your 3 free articles this month");
        assertThat(wall.selectFirst(".wall .button").attr("href")).isEqualTo("/account/sign-up?next=" + paths.path(a[3]));
        assertThat(wall.selectFirst(".benefits")).as("the wall says it itself").isNull();
        assertThat(walled.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> again = reader.get(paths.path(a[0]));
        assertWholeText(again, a[0]);
        assertThat(notice(again)).as("re-reading costs nothing").isEqualTo("0 of 3 free articles left this month");
    }

    @Test
    void aPremiumStoryShowsEveryoneButSubscribersTheStandfirstAnExcerptAndTheWallAndNothingMore() throws IOException {
        Article a = publish(AccessLevel.PREMIUM);
        ReaderHttp anonymous = new ReaderHttp(port);
        HttpResponse<String> page = anonymous.get(paths.path(a));
        assertNoGatedText(page.body(), a);
        Document d = Jsoup.parse(page.body());
        assertThat(d.selectFirst(".wall").attr("data-wall")).isEqualTo("subscribe");
        assertThat(d.selectFirst(".wall .button").attr("href")).isEqualTo("/subscribe");
        assertThat(d.select(".wall-others a").text()).contains("Already a subscriber? Sign in");

        JsonNode news = JsonMapper.builder().build().readTree(d.selectFirst("script[type=application/ld+json]").data()).get(0);
        assertThat(news.get("isAccessibleForFree").asBoolean()).isFalse();
        assertThat(news.get("hasPart").get("cssSelector").asString()).isEqualTo(".article-body");
        assertThat(news.get("description").asString()).isEqualTo(a.standfirst());
        assertThat(d.selectFirst("meta[property=og:description]").attr("content")).isEqualTo(a.standfirst());

        HttpResponse<byte[]> zipped = anonymous.getBytes(paths.path(a), "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertNoGatedText(gunzip(zipped.body()), a);

        HttpResponse<String> member = new ReaderHttp(port).with(signedInMember()).get(paths.path(a));
        assertNoGatedText(member.body(), a);
        assertThat(Jsoup.parse(member.body()).select(".wall-others a")).as("signed in already").isEmpty();

        assertWholeText(new ReaderHttp(port).with(signedInSubscriber()).get(paths.path(a)), a);
    }

    @Test
    void aCdnMayKeepOnlyWhatEveryAnonymousReaderGets() {
        Article free = publish(AccessLevel.FREE);
        Article metered = publish(AccessLevel.METERED);
        Article premium = publish(AccessLevel.PREMIUM);
        ReaderHttp anonymous = new ReaderHttp(port);

        HttpResponse<String> freePage = anonymous.get(paths.path(free));
        assertThat(freePage.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "s-maxage=");
        assertThat(freePage.headers().firstValue("Vary").orElseThrow()).containsIgnoringCase("cookie");
        HttpResponse<String> premiumWall = anonymous.get(paths.path(premium));
        assertThat(premiumWall.headers().firstValue("Cache-Control").orElseThrow()).as("the same wall for everyone").contains("public");

        HttpResponse<String> wholeText = anonymous.get(paths.path(metered));
        assertThat(wholeText.headers().firstValue("Cache-Control")).contains("private, no-cache");
        assertThat(wholeText.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("MASTHEAD_METER=").contains("HttpOnly", "SameSite=Lax");
        assertThat(wholeText.headers().firstValue("Last-Modified")).as("only the entity tag revalidates a reader's answer").isEmpty();

        ReaderHttp signedIn = new ReaderHttp(port).with(signedInMember());
        for (Article a : new Article[] {free, metered, premium}) {
            HttpResponse<String> r = signedIn.get(paths.path(a));
            assertThat(r.headers().firstValue("Cache-Control")).as(a.access() + " to a member").contains("private, no-cache");
            assertThat(r.headers().allValues("Set-Cookie")).as("members' meters are not cookies").isEmpty();
        }
        HttpResponse<String> paid = new ReaderHttp(port).with(signedInSubscriber()).get(paths.path(premium));
        assertThat(paid.headers().firstValue("Cache-Control")).contains("private, no-cache");
    }

    @Test
    void aSearchEngineGetsWhatAnAnonymousReaderGets() {
        Article metered = publish(AccessLevel.METERED);
        Article premium = publish(AccessLevel.PREMIUM);
        for (Article a : new Article[] {metered, premium}) {
            HttpResponse<String> reader = new ReaderHttp(port).get(paths.path(a));
            HttpResponse<String> bot = new ReaderHttp(port).get(paths.path(a), "User-Agent", GOOGLEBOT);
            assertThat(bot.body()).isEqualTo(reader.body());
            assertThat(bot.headers().firstValue("Cache-Control")).isEqualTo(reader.headers().firstValue("Cache-Control"));
        }
        assertNoGatedText(new ReaderHttp(port).get(paths.path(premium), "User-Agent", GOOGLEBOT).body(), premium);
    }

    @Test
    void headConditionalAndSpeculativeRequestsMoveNoMeter() {
        Article a = publish(AccessLevel.METERED);
        ReaderHttp reader = new ReaderHttp(port);

        HttpResponse<String> head = reader.head(paths.path(a));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().allValues("Set-Cookie")).isEmpty();
        String etag = head.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> revalidated = reader.get(paths.path(a), "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.headers().allValues("Set-Cookie")).isEmpty();

        for (String purpose : new String[] {"Sec-Purpose", "Purpose", "X-Purpose", "X-Moz"}) {
            HttpResponse<String> prefetch = reader.get(paths.path(a), purpose, "prefetch");
            assertThat(prefetch.statusCode()).as(purpose).isEqualTo(503);
            assertThat(prefetch.body()).doesNotContain(token(a));
            assertThat(prefetch.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(prefetch.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(reader.cookie("MASTHEAD_METER")).isNull();

        assertThat(notice(reader.get(paths.path(a)))).as("the real visit counts, once").isEqualTo("2 of 3 free articles left this month");
        assertThat(reader.get(paths.path(a), "Sec-Purpose", "prefetch").statusCode()).as("a re-read may be prefetched").isEqualTo(200);
    }

    @Test
    void everyReaderIsServedFromTheCachedRenderingsWithTheirOwnPartSplicedIn() throws IOException {
        Article a = publish(AccessLevel.METERED);
        new ReaderHttp(port).get(paths.path(a)); // renders and keeps the whole text
        double misses = cache("miss");
        double hits = cache("hit");

        ReaderHttp signedIn = new ReaderHttp(port).with(signedInMember());
        HttpResponse<String> memberPage = signedIn.get(paths.path(a));
        HttpResponse<String> anonymousPage = new ReaderHttp(port).get(paths.path(a));
        assertThat(cache("miss")).as("no rendering for them").isEqualTo(misses);
        assertThat(cache("hit")).isEqualTo(hits + 2);
        assertThat(notice(memberPage)).isEqualTo("9 of 10 free articles left this month");
        assertThat(Jsoup.parse(memberPage.body()).selectFirst(".meter-notice a").attr("href")).isEqualTo("/subscribe");
        assertThat(Jsoup.parse(memberPage.body()).selectFirst(".benefits")).isNull();
        assertThat(notice(anonymousPage)).isEqualTo("2 of 3 free articles left this month");
        assertThat(memberPage.headers().firstValue("ETag")).isNotEqualTo(anonymousPage.headers().firstValue("ETag"));

        HttpResponse<String> plain = signedIn.get(paths.path(a));
        HttpResponse<byte[]> zipped = signedIn.getBytes(paths.path(a), "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(zipped.body())).as("the spliced gzip decodes to the same page").isEqualTo(plain.body());
        assertThat(plain.body()).doesNotContain("data-reader-slot");
    }

    @Test
    void reReadsTouchNoDatabase() {
        Article metered = publish(AccessLevel.METERED);
        Article premium = publish(AccessLevel.PREMIUM);
        Article free = publish(AccessLevel.FREE);
        Article unread = publish(AccessLevel.METERED);
        ReaderHttp member = new ReaderHttp(port).with(signedInMember());
        ReaderHttp anonymous = new ReaderHttp(port);
        for (Article a : new Article[] {metered, premium, free, unread}) {
            anonymous.get(paths.path(a)); // renders and keeps each page
        }
        for (Article a : new Article[] {metered, premium, free}) {
            member.get(paths.path(a)); // the member's first reads: this node loads their meter and entitlement
        }
        long before = RequestConnections.taken();
        for (int i = 0; i < 5; i++) {
            for (Article a : new Article[] {metered, premium, free}) {
                assertThat(member.get(paths.path(a)).statusCode()).isEqualTo(200);
                assertThat(anonymous.get(paths.path(a)).statusCode()).isEqualTo(200);
            }
        }
        assertThat(RequestConnections.taken()).as("no request took a database connection").isEqualTo(before);

        assertThat(notice(member.get(paths.path(unread)))).isEqualTo("8 of 10 free articles left this month");
        assertThat(RequestConnections.taken()).as("a first read of the month checks and writes").isGreaterThan(before);
    }

    @Test
    void aChangeToAStoryReachesEveryRenderingOfIt() {
        Article a = publish(AccessLevel.METERED);
        ReaderHttp reading = new ReaderHttp(port);
        ReaderHttp blocked = new ReaderHttp(port);
        for (int i = 0; i < 3; i++) {
            blocked.get(paths.path(publish(AccessLevel.METERED)));
        }
        assertWholeText(reading.get(paths.path(a)), a);
        assertThat(Jsoup.parse(blocked.get(paths.path(a)).body()).selectFirst(".wall")).isNotNull();

        articles.addCorrection(a.id(), "An earlier version misspelt the mayor's name.");
        assertThat(reading.get(paths.path(a)).body()).contains("misspelt the mayor");
        assertThat(blocked.get(paths.path(a)).body()).contains("misspelt the mayor");

        Article now = articles.update(a.id(), a.version() + 1, withAccess(a, AccessLevel.FREE), false).article();
        assertWholeText(blocked.get(paths.path(now)), a);
    }

    @Test
    void aReturningReaderIsAskedToSignIn() {
        Article a = publish(AccessLevel.METERED);
        Document page = Jsoup.parse(new ReaderHttp(port).with(Readers.SESSION_COOKIE + "=a-session-whose-identity-expired").get(paths.path(a)).body());
        assertThat(page.selectFirst(".wall").attr("data-wall")).isEqualTo("sign-in");
        assertThat(page.selectFirst(".wall .button").attr("href")).startsWith("/account/sign-in?next=");
    }

    @Test
    void aPreviewLinkShowsTheWholeStoryOnlyUntilAGatedStoryIsPublished() {
        ArticleDraft d = ContentFixtures.draft(unique("Embargoed scoop"));
        String t = unique("P").replace(" ", "");
        Article draft = articles.create(new ArticleDraft(d.headline(), d.standfirst(), body(t), null, d.section(), d.bylines(),
                d.tags(), "", AccessLevel.PREMIUM, null, null, null, null, null)).article();
        String token = previews.mint(draft.id(), draft.version()).token();
        ReaderHttp anyone = new ReaderHttp(port);
        assertThat(anyone.get("/preview/" + token + "/article").body()).contains("Gated " + t + " three");

        Article live = articles.publish(draft.id(), null);
        for (String path : new String[] {"/preview/" + token, "/preview/" + token + "/article"}) {
            HttpResponse<String> r = anyone.get(path);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).contains(paths.path(live));
            assertThat(r.body()).doesNotContain("Gated " + t);
        }
    }

    /** A member signed in for real; the answer is the identity cookie article pages read, as {@code name=value}. */
    private String signedIn(Member m) {
        return Readers.IDENTITY_COOKIE + "=" + MemberFixtures.signedIn(port, m).cookie(Readers.IDENTITY_COOKIE).orElseThrow().getValue();
    }

    private String signedInMember() {
        return signedIn(MemberFixtures.member(ctx, "Page reader"));
    }

    private String signedInSubscriber() {
        Member m = MemberFixtures.member(ctx, "Paying reader");
        PaywallFixtures.comped(ctx, m.id());
        return signedIn(m);
    }

    private static ArticleDraft withAccess(Article a, AccessLevel level) {
        return new ArticleDraft(a.headline(), a.standfirst(), a.bodyHtml(), a.slug(), a.section().slug(),
                a.bylines().stream().map(b -> b.slug()).toList(), a.tags().stream().map(t -> t.name()).toList(), a.dateline(),
                level, null, null, null, null, null);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
