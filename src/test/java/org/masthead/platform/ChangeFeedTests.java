package org.masthead.platform;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A change recorded by any node reaches every node's listeners once. */
@H2IntegrationTest
class ChangeFeedTests {

    @Autowired ChangeFeed feed;
    @Autowired TransactionTemplate tx;
    @Autowired ObservedChanges observed;

    @Test
    void deliversEachRecordedChangeOnceAfterCommit() {
        tx.executeWithoutResult(s -> feed.record("probe", 4242));
        await().atMost(Duration.ofSeconds(10)).until(() -> observed.count("probe", 4242) > 0);
        feed.poll();
        feed.poll();
        assertThat(observed.count("probe", 4242)).isEqualTo(1);
    }

    @Test
    void aRolledBackChangeIsNeverDelivered() {
        tx.executeWithoutResult(s -> {
            feed.record("probe", 777);
            s.setRollbackOnly();
        });
        feed.poll();
        assertThat(observed.count("probe", 777)).isZero();
    }
}
