package org.masthead.staff;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.masthead.platform.Tokens;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The second step of a staff sign-in: a TOTP code (RFC 6238) from an authenticator app, or a 6-digit code
 * sent by e-mail, single use, valid for 10 minutes and for at most 5 tries.
 */
@Component
class SecondFactors {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final int CODE_TRIES = 5;

    private final SignInRepository codes;
    private final StaffRepository users;
    private final Clock clock;
    private final CodeVerifier totp;

    SecondFactors(SignInRepository codes, StaffRepository users, Clock clock) {
        this.codes = codes;
        this.users = users;
        this.clock = clock;
        DefaultCodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(),
                () -> clock.instant().getEpochSecond());
        verifier.setAllowedTimePeriodDiscrepancy(1); // one 30 s step either way, for clock drift
        this.totp = verifier;
    }

    /** A fresh e-mail code for {@code userId}, replacing any earlier one; returns it to be sent. */
    String newEmailCode(long userId) {
        String code = Tokens.sixDigits();
        Instant now = clock.instant();
        codes.insertCode(userId, hash(userId, code), now, now.plus(CODE_LIFETIME));
        return code;
    }

    enum Check { RIGHT, WRONG, SPENT }

    /** Checks an e-mailed code; {@link Check#SPENT} when there is none live or its tries are used up. */
    Check emailCode(long userId, String given) {
        var live = codes.liveCode(userId, clock.instant());
        if (live.isEmpty() || !codes.tryCode(live.get().id(), CODE_TRIES)) {
            return Check.SPENT;
        }
        String normalized = given == null ? "" : given.replaceAll("\\s", "");
        boolean right = MessageDigest.isEqual(hash(userId, normalized).getBytes(StandardCharsets.US_ASCII),
                live.get().codeHash().getBytes(StandardCharsets.US_ASCII));
        if (right && codes.useCode(live.get().id(), clock.instant())) {
            return Check.RIGHT;
        }
        return live.get().tries() + 1 >= CODE_TRIES ? Check.SPENT : Check.WRONG;
    }

    boolean totpCode(long userId, String given) {
        String normalized = given == null ? "" : given.replaceAll("\\s", "");
        return users.totpSecret(userId).map(secret -> totp.isValidCode(secret, normalized)).orElse(false);
    }

    /** A new authenticator secret, the otpauth:// URI an app adds it from, and that URI as a QR code (PNG). */
    record Enrolment(String secret, String uri, byte[] qrPng) { }

    Enrolment newTotp(String account, String issuer) {
        return enrolment(new DefaultSecretGenerator(32).generate(), account, issuer);
    }

    Enrolment enrolment(String secret, String account, String issuer) {
        QrData data = new QrData.Builder().label(account).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            return new Enrolment(secret, data.getUri(), new ZxingPngQrGenerator().generate(data));
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean totpCodeFor(String secret, String given) {
        return totp.isValidCode(secret, given == null ? "" : given.replaceAll("\\s", ""));
    }

    private static String hash(long userId, String code) {
        return Tokens.sha256(userId + ":" + code);
    }
}
