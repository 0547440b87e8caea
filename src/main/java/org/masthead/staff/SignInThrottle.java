package org.masthead.staff;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * At most 5 failed password checks per client address and 10 per account in any hour; past that, no
 * password is checked and the answer is 429 with Retry-After of at least 15 minutes. The counters are rows
 * in the database, so every node counts the same failures. Used for password sign-in, resets and codes.
 */
@Component
class SignInThrottle {

    static final int PER_ADDRESS = 5;
    static final int PER_ACCOUNT = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration MIN_WAIT = Duration.ofMinutes(15);

    private final SignInRepository repo;
    private final Clock clock;

    SignInThrottle(SignInRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    /** How long to wait, when either the address or the account has used up its failures. */
    Optional<Duration> blocked(String address, String email) {
        Instant now = clock.instant();
        return wait(repo.failures(address(address), now.minus(WINDOW)), PER_ADDRESS, now)
                .or(() -> wait(repo.failures(account(email), now.minus(WINDOW)), PER_ACCOUNT, now));
    }

    void failed(String address, String email) {
        Instant now = clock.instant();
        repo.failure(address(address), now);
        repo.failure(account(email), now);
    }

    /** Blocked until enough failures leave the window that one more would be allowed, and never briefly. */
    private static Optional<Duration> wait(List<Instant> newestFirst, int limit, Instant now) {
        if (newestFirst.size() < limit) {
            return Optional.empty();
        }
        Duration untilFree = Duration.between(now, newestFirst.get(limit - 1).plus(WINDOW));
        return Optional.of(untilFree.compareTo(MIN_WAIT) > 0 ? untilFree : MIN_WAIT);
    }

    private static String address(String address) {
        return "address:" + address;
    }

    private static String account(String email) {
        return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    /** Old counters mean nothing; any node may prune them, twice is harmless. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 300_000)
    void prune() {
        repo.pruneFailures(clock.instant().minus(Duration.ofDays(1)));
    }
}
