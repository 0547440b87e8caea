package org.masthead.members;

import org.masthead.platform.Tokens;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Issues and checks what reader e-mails carry. A code is 6 digits bound to its challenge, allows
 * {@value #CODE_TRIES} tries, and is spent with its link (either one signs in, once). Only hashes are stored.
 */
@Component
class Challenges {

    static final int CODE_TRIES = 5;

    /** What goes into the e-mail: the code (null for link-only challenges) and the link's token. */
    record Issued(long id, String code, String linkToken) { }

    enum Check { RIGHT, WRONG, SPENT }

    record CodeCheck(Check check, Challenge challenge) { }

    private final ChallengeRepository repo;
    private final Clock clock;

    Challenges(ChallengeRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    Issued issue(Challenge.Kind kind, String email, Long memberId, Challenge.Details details, String next,
                 boolean withCode, Duration life) {
        Instant now = clock.instant();
        String link = Tokens.random(40);
        long id = repo.insert(kind, email, memberId, null, Tokens.sha256(link), details, next, now, now.plus(life));
        String code = null;
        if (withCode) {
            code = Tokens.sixDigits();
            repo.setCode(id, codeHash(id, code));
        }
        return new Issued(id, code, link);
    }

    /** A sign-in or sign-up challenge that a code may still answer. */
    Optional<Challenge> awaitingCode(long id) {
        return repo.byId(id).filter(c -> c.codeHash() != null && live(c));
    }

    CodeCheck code(long id, String given) {
        Challenge c = awaitingCode(id).orElse(null);
        if (c == null || !repo.tryCode(id, CODE_TRIES, clock.instant())) {
            return new CodeCheck(Check.SPENT, c);
        }
        String normalized = given == null ? "" : given.replaceAll("[\\s-]", "");
        boolean right = MessageDigest.isEqual(codeHash(id, normalized).getBytes(StandardCharsets.US_ASCII),
                c.codeHash().getBytes(StandardCharsets.US_ASCII));
        if (right && repo.spend(id, clock.instant())) {
            return new CodeCheck(Check.RIGHT, c);
        }
        return new CodeCheck(c.tries() + 1 >= CODE_TRIES ? Check.SPENT : Check.WRONG, c);
    }

    /** The live challenge a link's token names, when it is of one of {@code kinds}; nothing is spent. */
    Optional<Challenge> byLink(String token, Set<Challenge.Kind> kinds) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return repo.byLink(Tokens.sha256(token)).filter(c -> kinds.contains(c.kind()) && live(c));
    }

    /** Spends the challenge a link names; empty when it is unknown, of another kind, spent or expired. */
    Optional<Challenge> spendLink(String token, Set<Challenge.Kind> kinds) {
        return byLink(token, kinds).filter(c -> repo.spend(c.id(), clock.instant()));
    }

    private boolean live(Challenge c) {
        return c.usedAt() == null && c.expiresAt().isAfter(clock.instant());
    }

    private static String codeHash(long id, String code) {
        return Tokens.sha256(id + ":" + code);
    }
}
