package org.masthead.paywall;

import org.masthead.platform.ChangeFeed;
import org.masthead.platform.ChangeFeed.ChangeObserved;
import org.masthead.platform.NodeCache;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Is this member a subscriber?", asked by article pages on every request. Each node keeps every member's
 * subscriptions it has read (a member without any is kept too, as an empty list), so only the first question
 * about a member reads the database; the answer is worked out from them at the moment of asking
 * ({@link EntitlementRule}), so a grace period or comp ends on time without any write. A change to a member's
 * subscriptions writes topic {@value #TOPIC} (entity: the member id; 0 for "every member", as after a plan is
 * renamed) to the change feed, and every node drops what it kept.
 */
@Component
public class Entitlements {

    /** The change-feed topic of subscriptions. */
    public static final String TOPIC = "subscriptions";
    /** The entity id of a change that concerns every member's entitlement (a plan renamed). */
    public static final long EVERY_MEMBER = 0;

    private final SubscriptionRepository repo;
    private final ChangeFeed feed;
    private final Clock clock;
    private final NodeCache<Long, List<Subscription>> kept = new NodeCache<>(100_000);

    Entitlements(SubscriptionRepository repo, ChangeFeed feed, Clock clock) {
        this.repo = repo;
        this.feed = feed;
        this.clock = clock;
    }

    public Entitlement of(long memberId) {
        return EntitlementRule.of(kept.get(memberId, () -> repo.forMember(memberId)), clock.instant());
    }

    /**
     * Which of these members (at most 1000) are subscribers now, from one query and by the same rule as
     * {@link #of}; for a newsletter batch, which asks about hundreds of members once, so keeps none of them.
     */
    public Set<Long> subscribersAmong(Collection<Long> memberIds) {
        Map<Long, List<Subscription>> subscriptions = repo.forMembers(memberIds);
        Instant now = clock.instant();
        return subscriptions.entrySet().stream().filter(e -> EntitlementRule.of(e.getValue(), now).subscriber())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Inside the changing transaction: tells every node, and drops this node's copies now and once committed. */
    void changed(long memberId) {
        feed.record(TOPIC, memberId);
        kept.invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kept.invalidate(); // a reader between the write and the commit may have kept the old rows
                }
            });
        }
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onObserved(ChangeObserved change) {
        if (TOPIC.equals(change.topic())) {
            kept.invalidate();
        }
    }
}
