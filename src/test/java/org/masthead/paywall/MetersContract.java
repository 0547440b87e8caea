package org.masthead.paywall;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.members.Member;
import org.masthead.members.MemberDeleted;
import org.masthead.members.MemberFixtures;
import org.masthead.members.ReaderBrowser;
import org.masthead.members.Readers;
import org.masthead.platform.Publication;
import org.masthead.platform.SigningKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.AccessLevel.FREE;
import static org.masthead.content.AccessLevel.METERED;
import static org.masthead.content.AccessLevel.PREMIUM;

/**
 * Meters against a real database: the anonymous cookie, the member's rows and this node's copy of them, a month
 * ending in the publication's time zone, and the merge when an anonymous reader signs in. On H2 and PostgreSQL.
 * Article ids are only numbers to the meter, so no articles are made.
 */
abstract class MetersContract {

    @LocalServerPort int port;
    @Autowired ArticleAccess access;
    @Autowired MeterMerge merge;
    @Autowired MemberMeters meters;
    @Autowired MeterRepository repo;
    @Autowired SigningKeys keys;
    @Autowired org.springframework.context.ApplicationContext ctx;
    @Autowired Publication publication;
    @Autowired MutableClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static long[] articles(int n) {
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        return LongStream.range(base, base + n).toArray();
    }

    @Test
    void anAnonymousReaderReadsThreeMeteredArticlesAMonthThenMeetsTheSignUpWall() {
        long[] a = articles(5);
        MeterReader reader = new MeterReader(access);
        assertThat(reader.read(a[0], METERED).notice()).isEqualTo("2 of 3 free articles left this month");
        assertThat(reader.read(a[1], METERED).notice()).isEqualTo("1 of 3 free articles left this month");
        assertThat(reader.read(a[4], FREE).fullText()).as("free articles never count").isTrue();
        assertThat(reader.read(a[2], METERED).notice()).isEqualTo("This is the last of your 3 free articles this month");

        Access blocked = reader.read(a[3], METERED);
        assertThat(blocked.fullText()).isFalse();
        assertThat(blocked.wall()).isEqualTo(Wall.SIGN_UP);
        assertThat(reader.last.getHeaders("Set-Cookie")).as("a walled view counts nothing").isEmpty();
        assertThat(reader.read(a[0], METERED).fullText()).as("re-reading costs nothing").isTrue();
        assertThat(reader.read(a[3], PREMIUM).wall()).isEqualTo(Wall.SUBSCRIBE);
    }

    @Test
    void theMeterCookieIsSignedHttpOnlyAndATamperedOneCountsAsNone() {
        long[] a = articles(4);
        MeterReader reader = new MeterReader(access);
        for (int i = 0; i < 3; i++) {
            reader.read(a[i], METERED);
        }
        String header = reader.last.getHeader("Set-Cookie");
        assertThat(header).startsWith(AnonymousMeter.COOKIE + "=").contains("HttpOnly", "SameSite=Lax", "Path=/");
        assertThat(reader.peek(a[3], METERED).fullText()).isFalse();

        String value = reader.cookie(AnonymousMeter.COOKIE);
        String payload = value.substring(0, value.lastIndexOf('.'));
        String shorter = payload.substring(0, payload.lastIndexOf('~')) + value.substring(value.lastIndexOf('.'));
        reader.cookie(AnonymousMeter.COOKIE, shorter);
        Access tampered = reader.peek(a[3], METERED);
        assertThat(tampered.fullText()).as("a cookie that does not verify is no cookie: a fresh meter").isTrue();
        assertThat(tampered.notice()).isEqualTo("2 of 3 free articles left this month");
    }

    @Test
    void aMembersMeterLivesInTheDatabaseAndStopsAtTen() {
        Member m = MemberFixtures.member(ctx, "Meter reader");
        long member = m.id();
        long[] a = articles(11);
        MeterReader phone = new MeterReader(access).signedIn(port, m);
        for (int i = 0; i < 10; i++) {
            assertThat(phone.read(a[i], METERED).fullText()).isTrue();
        }
        assertThat(phone.last.getHeaders("Set-Cookie")).as("no meter cookie for members").isEmpty();
        assertThat(repo.reads(member, MeterMonths.of(clock.instant(), publication.timeZone()))).hasSize(10);

        meters.forget(member); // another device, or a node that never saw this reader
        MeterReader laptop = new MeterReader(access).signedIn(port, m);
        Access blocked = laptop.read(a[10], METERED);
        assertThat(blocked.wall()).isEqualTo(Wall.SUBSCRIBE);
        assertThat(laptop.read(a[3], METERED).notice()).isEqualTo("0 of 10 free articles left this month");
    }

    @Test
    void onlyTheFirstReadOfTheMonthTouchesTheDatabase() {
        Member m = MemberFixtures.member(ctx, "Meter reader");
        long member = m.id();
        long[] a = articles(2);
        MeterReader reader = new MeterReader(access).signedIn(port, m);
        reader.read(a[0], METERED); // this node has no copy yet: one load, then the first read's insert
        long loads = meters.loads();
        long writes = meters.writes();

        for (int i = 0; i < 20; i++) {
            reader.read(a[0], METERED);
            reader.read(a[1], FREE);
        }
        assertThat(meters.loads()).as("re-reads read nothing").isEqualTo(loads);
        assertThat(meters.writes()).as("re-reads write nothing").isEqualTo(writes);

        reader.read(a[1], METERED);
        assertThat(meters.writes()).as("a first read writes once").isEqualTo(writes + 1);
        assertThat(meters.loads()).as("and checks the database first").isEqualTo(loads + 1);
    }

    @Test
    void viewsThatAreNotShownCountNothing() {
        Member m = MemberFixtures.member(ctx, "Meter reader");
        long member = m.id();
        long[] a = articles(1);
        MeterReader anonymous = new MeterReader(access);
        MeterReader signedIn = new MeterReader(access).signedIn(port, m);
        for (int i = 0; i < 5; i++) {
            anonymous.peek(a[0], METERED);
            signedIn.peek(a[0], METERED);
        }
        assertThat(anonymous.cookie(AnonymousMeter.COOKIE)).isNull();
        assertThat(repo.reads(member, MeterMonths.of(clock.instant(), publication.timeZone()))).isEmpty();
    }

    @Test
    void aNewMonthInThePublicationsTimeZoneStartsEveryMeterAfresh() {
        ZonedDateTime now = clock.instant().atZone(publication.timeZone());
        ZonedDateTime nextMonth = now.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(publication.timeZone());
        clock.advance(Duration.between(now, nextMonth).minusMinutes(2)); // 23:58 on the month's last day, there
        Member m = MemberFixtures.member(ctx, "Meter reader");
        long member = m.id();
        long[] a = articles(4);
        MeterReader anonymous = new MeterReader(access);
        MeterReader signedIn = new MeterReader(access).signedIn(port, m);
        for (int i = 0; i < 3; i++) {
            anonymous.read(a[i], METERED);
        }
        for (int i = 0; i < 10; i++) {
            signedIn.read(articles(1)[0], METERED);
        }
        assertThat(anonymous.peek(a[3], METERED).fullText()).isFalse();
        assertThat(signedIn.peek(a[3], METERED).fullText()).isFalse();

        clock.advance(Duration.ofMinutes(3)); // 00:01 on the 1st in the paper's zone (not yet in UTC for Kolkata)
        assertThat(anonymous.read(a[3], METERED).notice()).isEqualTo("2 of 3 free articles left this month");
        assertThat(anonymous.read(a[0], METERED).notice()).as("last month's reads count again")
                .isEqualTo("1 of 3 free articles left this month");
        assertThat(signedIn.read(a[3], METERED).notice()).isEqualTo("9 of 10 free articles left this month");
    }

    @Test
    void signingInMovesTheBrowsersReadsIntoTheAccountWithoutCountingAnyTwice() {
        Member m = MemberFixtures.member(ctx, "Meter reader");
        long member = m.id();
        long[] a = articles(6);
        MeterReader account = new MeterReader(access).signedIn(port, m);
        account.read(a[0], METERED);
        account.read(a[1], METERED);
        MeterReader browser = new MeterReader(access);
        browser.read(a[1], METERED);
        browser.read(a[2], METERED);

        MockHttpServletResponse res = new MockHttpServletResponse();
        merge.signedIn(member, browser.request(), res);

        assertThat(res.getHeader("Set-Cookie")).as("the browser's meter is cleared")
                .startsWith(AnonymousMeter.COOKIE + "=;").contains("Max-Age=0");
        assertThat(repo.reads(member, MeterMonths.of(clock.instant(), publication.timeZone())))
                .containsExactlyInAnyOrder(a[0], a[1], a[2]);
        assertThat(account.read(a[3], METERED).notice()).as("3 read, this the 4th of 10")
                .isEqualTo("6 of 10 free articles left this month");
    }

    @Test
    void aMergePastTheLimitKeepsWhatWasReadAndBlocksOnlyNewArticles() {
        Member m = MemberFixtures.member(ctx, "Meter reader");
        long member = m.id();
        long[] mine = articles(9);
        long[] browsed = articles(3);
        MeterReader account = new MeterReader(access).signedIn(port, m);
        for (long id : mine) {
            account.read(id, METERED);
        }
        MeterReader browser = new MeterReader(access);
        for (long id : browsed) {
            browser.read(id, METERED);
        }
        merge.signedIn(member, browser.request(), new MockHttpServletResponse());

        assertThat(repo.reads(member, MeterMonths.of(clock.instant(), publication.timeZone()))).hasSize(12);
        assertThat(account.read(browsed[2], METERED).fullText()).as("read before signing in: still readable").isTrue();
        assertThat(account.read(mine[0], METERED).fullText()).isTrue();
        assertThat(account.read(articles(1)[0], METERED).wall()).isEqualTo(Wall.SUBSCRIBE);
    }

    @Test
    void subscribersReadEverythingAndCountNothing() {
        Member m = MemberFixtures.member(ctx, "Meter reader");
        long member = m.id();
        PaywallFixtures.comped(ctx, member);
        long[] a = articles(12);
        MeterReader reader = new MeterReader(access).signedIn(port, m);
        for (long id : a) {
            Access seen = reader.read(id, id % 2 == 0 ? METERED : PREMIUM);
            assertThat(seen.fullText()).isTrue();
            assertThat(seen.notice()).isNull();
        }
        assertThat(repo.reads(member, MeterMonths.of(clock.instant(), publication.timeZone()))).isEmpty();
    }

    @Test
    void aMembersMeterIsInTheirDataDownloadAndGoesWithTheirAccount() {
        Member m = MemberFixtures.member(ctx, "Owner of data");
        ReaderBrowser browser = MemberFixtures.signedIn(port, m);
        long[] a = articles(2);
        MeterReader reader = new MeterReader(access).cookie(Readers.IDENTITY_COOKIE,
                browser.cookie(Readers.IDENTITY_COOKIE).orElseThrow().getValue());
        reader.read(a[0], METERED);
        reader.read(a[1], METERED);

        String download = browser.get("/account/data.json").body();
        assertThat(download).contains("\"meter\"", "\"articleId\":" + a[0], "\"articleId\":" + a[1]);

        tx.executeWithoutResult(s -> events.publishEvent(new MemberDeleted(m.id())));
        assertThat(repo.all(m.id())).isEmpty();
        assertThat(new MeterReader(access).cookie(Readers.IDENTITY_COOKIE,
                browser.cookie(Readers.IDENTITY_COOKIE).orElseThrow().getValue()).peek(a[0], METERED).notice())
                .as("this node's copy went too").isEqualTo("9 of 10 free articles left this month");
    }

    @Test
    void aReturningReaderIsAskedToSignInBeforeAnythingIsCountedOrRefused() {
        MeterReader reader = new MeterReader(access).cookie(Readers.SESSION_COOKIE, "a session whose identity expired");
        long[] a = articles(2);
        assertThat(reader.read(a[0], METERED).wall()).isEqualTo(Wall.SIGN_IN);
        assertThat(reader.read(a[1], PREMIUM).wall()).isEqualTo(Wall.SIGN_IN);
        assertThat(reader.read(a[1], FREE).fullText()).isTrue();
        assertThat(reader.cookie(AnonymousMeter.COOKIE)).isNull();
    }
}
