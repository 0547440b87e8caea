package org.masthead.newsletter;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The signature a mail relay puts on its bounce and complaint reports: {@code X-Masthead-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">}, keyed with the UTF-8 bytes of the shared secret (the shape of
 * Masthead's outbound webhooks and of Stripe's). A timestamp further than the tolerance from now is refused, so a
 * captured report cannot be replayed later. Pure, and tested against a value computed with openssl.
 */
final class RelaySignature {

    static final String HEADER = "X-Masthead-Signature";

    private RelaySignature() {
    }

    /** The header value for {@code body} signed at {@code t}, as a relay writes it. */
    static String header(String secret, long t, byte[] body) {
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac(secret, t, body));
    }

    /** True when one of the header's {@code v1} values signs the body with the secret, at a time near enough. */
    static boolean verify(String header, byte[] body, String secret, Instant now, Duration tolerance) {
        if (header == null || secret.isBlank()) {
            return false;
        }
        long t = -1;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t") && kv[1].matches("[0-9]{1,12}")) {
                t = Long.parseLong(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        if (t < 0 || Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(mac(secret, t, body)).getBytes(StandardCharsets.US_ASCII);
        return signatures.stream().anyMatch(v -> MessageDigest.isEqual(expected, v.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] mac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
