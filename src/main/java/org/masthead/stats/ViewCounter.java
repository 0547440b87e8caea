package org.masthead.stats;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The views one node counted since its last flush, per article and UTC hour, in memory: a beacon costs a map
 * lookup and an add, never a database write. {@link LongAdder}s keep concurrent beacons for the same popular
 * article from contending. Bounded by {@link StatsProperties#maxPendingKeys()}.
 */
@Component
class ViewCounter {

    /** Views of one article in one hour, waiting to be added to the database. */
    record Pending(long articleId, Instant hour, long views) {
        /** The order rows are written in, the same on every node, so two flushes never deadlock. */
        static final Comparator<Pending> WRITE_ORDER = Comparator.comparingLong(Pending::articleId)
                .thenComparing(Pending::hour);
    }

    private record Key(long articleId, Instant hour) { }

    private final ConcurrentHashMap<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxKeys;

    ViewCounter(Clock clock, StatsProperties props) {
        this.clock = clock;
        this.maxKeys = props.maxPendingKeys();
    }

    /** Counts one view now; false when the node already holds as many pairs as allowed and this is a new one. */
    boolean count(long articleId) {
        Key key = new Key(articleId, Hours.start(clock.instant()));
        LongAdder adder = counts.get(key);
        if (adder == null) {
            if (counts.size() >= maxKeys) {
                return false;
            }
            adder = counts.computeIfAbsent(key, k -> new LongAdder());
        }
        adder.increment();
        return true;
    }

    /**
     * Takes everything counted so far, in write order. Each adder is emptied atomically cell by cell
     * ({@link LongAdder#sumThenReset}), so a view landing meanwhile is taken now or at the next drain, never
     * lost. Pairs of hours long gone are removed first: nothing counts into them any more.
     */
    List<Pending> drain() {
        Instant stale = Hours.start(clock.instant()).minus(Hours.HOUR);
        List<Pending> out = new ArrayList<>();
        counts.forEach((key, adder) -> {
            if (key.hour().isBefore(stale)) {
                counts.remove(key, adder);
            }
            long views = adder.sumThenReset();
            if (views > 0) {
                out.add(new Pending(key.articleId(), key.hour(), views));
            }
        });
        out.sort(Pending.WRITE_ORDER);
        return out;
    }

    /** Puts back views a failed flush could not write, so the next flush tries again. */
    void restore(List<Pending> unwritten) {
        unwritten.forEach(p -> counts.computeIfAbsent(new Key(p.articleId(), p.hour()), k -> new LongAdder()).add(p.views()));
    }

    /** Views counted and not yet drained. */
    long pending() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
