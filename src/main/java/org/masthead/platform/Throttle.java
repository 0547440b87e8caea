package org.masthead.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.ts;

/**
 * Counts events (failed passwords, codes sent, wrong codes) per client address and per account, in the
 * database so every node counts alike, and says when either has used up its allowance. Each use names its
 * own {@link Limits} with a key space, so staff sign-ins and reader sign-ins never share counters. Past a
 * limit the caller must not do the work (check a password, send a code) and answers 429 with the wait.
 */
@Component
public class Throttle {

    static final Duration LONGEST_WINDOW = Duration.ofDays(1);

    /**
     * @param space      names the use, e.g. {@code staff-sign-in}; counters of different spaces never mix
     * @param perAddress events one client address may cause within {@code window}
     * @param perAccount events one account (an e-mail address) may see within {@code window}, from anywhere
     * @param minWait    the shortest wait once blocked, so a blocked client is never let in for a moment
     */
    public record Limits(String space, int perAddress, int perAccount, Duration window, Duration minWait) {
        public Limits {
            if (window.compareTo(LONGEST_WINDOW) > 0) {
                throw new IllegalArgumentException("counters are kept for a day at most");
            }
        }
    }

    private final JdbcClient db;
    private final Clock clock;

    Throttle(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** How long to wait, when the address or the account has used up its allowance. */
    public Optional<Duration> blocked(Limits limits, String address, String account) {
        Instant now = clock.instant();
        return wait(limits, newest(address(limits, address), limits.perAddress(), now.minus(limits.window())), limits.perAddress(), now)
                .or(() -> wait(limits, newest(account(limits, account), limits.perAccount(), now.minus(limits.window())),
                        limits.perAccount(), now));
    }

    /** Counts one event against both the address and the account. */
    public void count(Limits limits, String address, String account) {
        Instant now = clock.instant();
        insert(address(limits, address), now);
        insert(account(limits, account), now);
    }

    /** Blocked until enough events leave the window that one more would be allowed, and never briefly. */
    private static Optional<Duration> wait(Limits limits, List<Instant> newestFirst, int limit, Instant now) {
        if (newestFirst.size() < limit) {
            return Optional.empty();
        }
        Duration untilFree = Duration.between(now, newestFirst.get(limit - 1).plus(limits.window()));
        return Optional.of(untilFree.compareTo(limits.minWait()) > 0 ? untilFree : limits.minWait());
    }

    private List<Instant> newest(String subject, int limit, Instant since) {
        return db.sql("""
                SELECT happened_at FROM platform_throttle_event WHERE subject = :subject AND happened_at > :since
                ORDER BY happened_at DESC LIMIT :limit
                """).param("subject", subject).param("since", ts(since)).param("limit", limit)
                .query((rs, n) -> rs.getObject("happened_at", OffsetDateTime.class).toInstant()).list();
    }

    private void insert(String subject, Instant at) {
        db.sql("INSERT INTO platform_throttle_event (subject, happened_at) VALUES (:subject, :at)")
                .param("subject", subject).param("at", ts(at)).update();
    }

    private static String address(Limits limits, String address) {
        return limits.space() + "|address|" + (address == null ? "" : address);
    }

    private static String account(Limits limits, String account) {
        return limits.space() + "|account|" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
    }

    /** Old counters mean nothing; any node may prune them, twice is harmless. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 300_000)
    void prune() {
        db.sql("DELETE FROM platform_throttle_event WHERE happened_at < :before")
                .param("before", ts(clock.instant().minus(LONGEST_WINDOW))).update();
    }
}
