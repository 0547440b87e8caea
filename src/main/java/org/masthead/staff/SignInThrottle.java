package org.masthead.staff;

import org.masthead.platform.Throttle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * At most 5 failed password checks per client address and 10 per account in any hour; past that, no
 * password is checked and the answer is 429 with Retry-After of at least 15 minutes. Counted by
 * {@link Throttle} in its own key space, so every node counts the same failures. Used for password sign-in,
 * resets and codes.
 */
@Component
class SignInThrottle {

    static final int PER_ADDRESS = 5;
    static final int PER_ACCOUNT = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration MIN_WAIT = Duration.ofMinutes(15);
    static final Throttle.Limits LIMITS = new Throttle.Limits("staff-sign-in", PER_ADDRESS, PER_ACCOUNT, WINDOW, MIN_WAIT);

    private final Throttle throttle;

    SignInThrottle(Throttle throttle) {
        this.throttle = throttle;
    }

    /** How long to wait, when either the address or the account has used up its failures. */
    Optional<Duration> blocked(String address, String email) {
        return throttle.blocked(LIMITS, address, email);
    }

    void failed(String address, String email) {
        throttle.count(LIMITS, address, email);
    }
}
