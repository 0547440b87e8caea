package org.masthead.paywall;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Signed-in readers' meters: the database ({@link MeterRepository}) is the truth, so a reader's meter is the same
 * on every device and node; each node keeps a copy of this month's set per member, so a re-read costs no query.
 *
 * <p>No node is ever told of another's writes, and none needs to be: within a month a meter only grows, so a copy
 * can only be behind, never ahead. A copy that is behind can err only towards "not read yet" or "below the limit",
 * and exactly those answers send the caller to {@link #fresh}, which reads the database before anything is
 * counted. A wall decided from the copy stands, since the database holds at least as much. Rejected: dropping
 * copies through the change feed on every first read, which would cost a row per read and empty every node's
 * copies many times a second on a busy site.
 */
@Component
class MemberMeters {

    /** A member's articles read in {@code month}; {@code justLoaded}: read from the database by this very call. */
    record Month(int month, Set<Long> read, boolean justLoaded) { }

    private final MeterRepository repo;
    private final Cache<Long, Month> kept;
    private final LongAdder loads = new LongAdder();
    private final LongAdder writes = new LongAdder();

    MemberMeters(MeterRepository repo, PaywallProperties props) {
        this.repo = repo;
        this.kept = Caffeine.newBuilder().maximumSize(props.memberMeters()).executor(Runnable::run).build();
    }

    /** This node's copy of the member's articles read in {@code month}, read from the database when it has none. */
    Month read(long memberId, int month) {
        Month m = kept.getIfPresent(memberId);
        return m != null && m.month() == month ? m : fresh(memberId, month);
    }

    /** The member's articles read in {@code month} as the database has them now; kept as this node's copy. */
    Month fresh(long memberId, int month) {
        loads.increment();
        Set<Long> read = Set.copyOf(repo.reads(memberId, month));
        kept.put(memberId, new Month(month, read, false));
        return new Month(month, read, true);
    }

    /** Counts a first read: one insert (a no-op if another node got there first), and this node's copy grows. */
    void add(long memberId, int month, long articleId, Instant at) {
        writes.increment();
        repo.add(memberId, month, articleId, at);
        kept.asMap().computeIfPresent(memberId, (id, m) -> {
            if (m.month() != month) {
                return null;
            }
            Set<Long> grown = new HashSet<>(m.read());
            grown.add(articleId);
            return new Month(month, Set.copyOf(grown), false);
        });
    }

    /** Drops this node's copy (after a merge or a deletion wrote to the database). */
    void forget(long memberId) {
        kept.invalidate(memberId);
    }

    /** Reads of the database so far, for tests and metrics: a re-read adds none. */
    long loads() {
        return loads.sum();
    }

    /** Inserts so far: only first reads of a month add one. */
    long writes() {
        return writes.sum();
    }
}
