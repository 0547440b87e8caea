package org.masthead.stats;

import org.junit.jupiter.api.Test;
import org.masthead.PostgresIntegrationTest;
import org.masthead.platform.SqlDialect;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresIntegrationTest
class StatsPostgresTests extends StatsContract {

    @Override
    SqlDialect.Database database() {
        return SqlDialect.Database.POSTGRESQL;
    }

    /**
     * Only PostgreSQL is shared by several nodes (an H2 database lives inside one), so only here can two
     * flushes race to insert the same new rows: neither may fail, deadlock, or overwrite the other.
     */
    @Test
    void twoNodesFlushingTheSameNewRowsAtOnceBothLand() {
        List<Long> ids = List.of(published("Race one"), published("Race two"), published("Race three"));
        quietDays(Duration.ofDays(2));
        ViewCounter one = counter();
        ViewCounter two = counter();
        for (int hour = 0; hour < 24; hour++) {
            clock.advance(Duration.ofHours(-1));
            ids.forEach(id -> {
                count(one, id, 2);
                count(two, id, 3);
            });
        }
        clock.advance(Duration.ofHours(24));
        CountDownLatch start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> await(start, node(one)));
        var second = CompletableFuture.supplyAsync(() -> await(start, node(two)));
        start.countDown();

        assertThat(first.join().rows() + second.join().rows()).isEqualTo(2 * 24 * 3);
        assertThat(stats.mostRead(Duration.ofDays(2), 3)).extracting(ArticleViews::views).containsOnly(24L * 5);
    }

    private static ViewFlush.Flushed await(CountDownLatch start, ViewFlush node) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return node.flush();
    }
}
