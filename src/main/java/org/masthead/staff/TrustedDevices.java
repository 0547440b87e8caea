package org.masthead.staff;

import org.masthead.platform.SigningKeys;
import org.masthead.platform.Tokens;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Browsers that completed a second factor. The browser keeps a signed cookie naming a random device token;
 * the database keeps only its hash and whose it is, so a stolen database row opens nothing and a copied
 * cookie works only for the person it was issued to.
 */
@Component
class TrustedDevices {

    static final String PURPOSE = "staff-device";

    private final SignInRepository repo;
    private final SigningKeys keys;
    private final Clock clock;

    TrustedDevices(SignInRepository repo, SigningKeys keys, Clock clock) {
        this.repo = repo;
        this.keys = keys;
        this.clock = clock;
    }

    /** Trusts this browser for {@code userId}; returns the cookie value to set. */
    String trust(long userId, String label) {
        String token = Tokens.random(40);
        repo.insertDevice(userId, Tokens.sha256(token), label.length() > 200 ? label.substring(0, 200) : label,
                clock.instant());
        return keys.sign(PURPOSE, userId + ":" + token);
    }

    boolean trusted(long userId, String cookie) {
        Optional<String> payload = cookie == null ? Optional.empty() : keys.verify(PURPOSE, cookie);
        if (payload.isEmpty() || !payload.get().startsWith(userId + ":")) {
            return false;
        }
        String token = payload.get().substring(payload.get().indexOf(':') + 1);
        return repo.touchDevice(userId, Tokens.sha256(token), clock.instant());
    }

    List<SignInRepository.Device> of(long userId) {
        return repo.devices(userId);
    }

    void forgetAll(long userId) {
        repo.forgetDevices(userId);
    }
}
