package org.masthead.members;

import org.masthead.platform.InvalidInputException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Reader passwords: optional, bcrypt at cost 12 (lowered only in tests). Not a {@code PasswordEncoder} bean,
 * so staff and readers never share one by accident. An account without a password, or an unknown address,
 * is checked against a dummy hash, so every refusal takes as long as a wrong password.
 */
@Component
class Passwords {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72; // bcrypt reads no further

    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    Passwords(MembersProperties props) {
        this.encoder = new BCryptPasswordEncoder(props.bcryptStrength());
        this.dummyHash = encoder.encode("no reader's password " + System.nanoTime());
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    /** True only when {@code hash} is a real hash and the password matches it; always takes one bcrypt check. */
    boolean matches(String password, String hash) {
        String given = password == null ? "" : password;
        if (given.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) { // no password of ours is that long
            encoder.matches("", dummyHash);
            return false;
        }
        boolean ok = encoder.matches(given, hash == null ? dummyHash : hash);
        return ok && hash != null;
    }

    /** Refuses a password that is too short or too long, with a message on {@code field}. */
    static void check(String password, String field, InvalidInputException.Builder errors) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.add(field, "Use at least " + MIN_LENGTH + " characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add(field, "Use at most " + MAX_BYTES + " characters");
        }
    }
}
