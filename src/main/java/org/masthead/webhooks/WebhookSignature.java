package org.masthead.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code Masthead-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC keyed with
 * the endpoint's secret (its UTF-8 bytes, exactly as shown) over {@code "<t>.<body>"}. Signing the time with the
 * body lets a receiver refuse old timestamps, so a captured request cannot be replayed later. While a rotated
 * secret overlaps, one {@code v1} per live secret is sent; a receiver accepts when any matches. The same scheme
 * as Stripe's, so receivers' existing code fits.
 */
final class WebhookSignature {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    static String header(long unixSeconds, byte[] body, List<String> secrets) {
        return "t=" + unixSeconds + "," + secrets.stream().map(s -> "v1=" + v1(s, unixSeconds, body))
                .collect(Collectors.joining(","));
    }

    static String v1(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 256 random bits, prefixed so a leaked secret is recognisable in logs and scanners. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
