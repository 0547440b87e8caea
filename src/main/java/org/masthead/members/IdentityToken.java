package org.masthead.members;

import org.masthead.platform.SigningKeys;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The value of the identity cookie: {@code 1~<member id>~<expiry, epoch seconds>~<display name, base64url>},
 * signed with the {@code reader-id} key. Verified in memory, so an article page knows its reader without the
 * database; the price is that a session ended elsewhere is still recognised here until the token expires.
 */
final class IdentityToken {

    static final String PURPOSE = "reader-id";
    private static final String VERSION = "1";

    private IdentityToken() {
    }

    static String issue(SigningKeys keys, ReaderIdentity who, Instant expires) {
        String name = Base64.getUrlEncoder().withoutPadding().encodeToString(who.displayName().getBytes(StandardCharsets.UTF_8));
        return keys.sign(PURPOSE, VERSION + "~" + who.memberId() + "~" + expires.getEpochSecond() + "~" + name);
    }

    /** The reader, when the token is ours, unaltered and not yet expired at {@code now}. */
    static Optional<ReaderIdentity> verify(SigningKeys keys, String token, Instant now) {
        return keys.verify(PURPOSE, token).flatMap(payload -> parse(payload, now));
    }

    private static Optional<ReaderIdentity> parse(String payload, Instant now) {
        String[] parts = payload.split("~", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(parts[2]) <= now.getEpochSecond()) {
                return Optional.empty();
            }
            String name = new String(Base64.getUrlDecoder().decode(parts[3]), StandardCharsets.UTF_8);
            return Optional.of(new ReaderIdentity(Long.parseLong(parts[1]), name));
        } catch (IllegalArgumentException malformed) { // NumberFormatException included
            return Optional.empty();
        }
    }
}
