package org.masthead.paywall;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.MastheadApplication;
import org.masthead.TestBeans;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.members.Readers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.AccessLevel.METERED;

/**
 * One signed-in reader's meter seen from two nodes on one database: this test's context is node A; node B is a
 * second application context on the same (in-memory H2) database, without jobs, management port or the demo (the
 * cheapest second node that runs the same beans). Neither node tells the other anything: they agree
 * because the database decides every count.
 */
@H2IntegrationTest
class MeterTwoNodesTests {

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired ArticleAccess accessA;
    @Autowired MeterRepository repo;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(MastheadApplication.class, TestBeans.class).profiles("test")
                .properties("server.port=0", "management.server.port=-1", "masthead.demo=false", "db-scheduler.enabled=false",
                        "spring.main.banner-mode=off").run();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void bothNodesCountEachArticleOnceAndStopTheReaderAtTheSameTen() {
        Member m = MemberFixtures.member(ctx, "Two-node reader");
        String identity = MemberFixtures.signedIn(port, m).cookie(Readers.IDENTITY_COOKIE).orElseThrow().getValue();
        MeterReader onA = new MeterReader(accessA).cookie(Readers.IDENTITY_COOKIE, identity);
        MeterReader onB = new MeterReader(nodeB.getBean(ArticleAccess.class)).cookie(Readers.IDENTITY_COOKIE, identity);
        MemberMeters metersB = nodeB.getBean(MemberMeters.class);
        long[] a = articles(12);

        assertThat(onA.read(a[0], METERED).counts()).isTrue();
        long writesB = metersB.writes();
        assertThat(onB.read(a[0], METERED).notice()).as("B sees A's count").isEqualTo("9 of 10 free articles left this month");
        assertThat(metersB.writes()).as("and counts nothing again").isEqualTo(writesB);

        for (int i = 1; i < 10; i++) {
            onA.read(a[i], METERED);
        }
        Access onBAfter = onB.read(a[10], METERED);
        assertThat(onBAfter.fullText()).as("B's copy still says one read, the database says ten").isFalse();
        assertThat(onBAfter.wall()).isEqualTo(Wall.SUBSCRIBE);
        assertThat(onB.read(a[5], METERED).fullText()).as("read on A: readable on B, for nothing").isTrue();
        assertThat(metersB.writes()).isEqualTo(writesB);
        assertThat(repo.reads(m.id(), MeterMonths.of(ctx.getBean(java.time.Clock.class).instant(),
                ctx.getBean(org.masthead.platform.Publication.class).timeZone()))).hasSize(10);
    }

    @Test
    void aFirstReadOnBothNodesAtOnceIsOneRow() {
        Member m = MemberFixtures.member(ctx, "Racing reader");
        String identity = MemberFixtures.signedIn(port, m).cookie(Readers.IDENTITY_COOKIE).orElseThrow().getValue();
        long article = articles(1)[0];
        for (int round = 0; round < 5; round++) {
            long id = article + round;
            CompletableFuture<Access> a = CompletableFuture.supplyAsync(
                    () -> new MeterReader(accessA).cookie(Readers.IDENTITY_COOKIE, identity).read(id, METERED));
            CompletableFuture<Access> b = CompletableFuture.supplyAsync(() -> new MeterReader(nodeB.getBean(ArticleAccess.class))
                    .cookie(Readers.IDENTITY_COOKIE, identity).read(id, METERED));
            assertThat(a.join().fullText()).isTrue();
            assertThat(b.join().fullText()).isTrue();
        }
        assertThat(repo.all(m.id())).hasSize(5);
    }

    private static long[] articles(int n) {
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        return LongStream.range(base, base + n).toArray();
    }
}
