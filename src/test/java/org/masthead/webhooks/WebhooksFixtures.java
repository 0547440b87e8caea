package org.masthead.webhooks;

import org.masthead.ApiClient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Small factories for webhook tests, and the receiver's side of the signature, written as a receiver would. */
final class WebhooksFixtures {
    private WebhooksFixtures() {
    }

    static String endpointJson(String url, String... events) {
        return "{\"url\": %s, \"events\": %s, \"description\": \"test receiver\"}".formatted(
                ApiClient.JSON.writeValueAsString(url), ApiClient.JSON.writeValueAsString(List.of(events)));
    }

    /**
     * What the README tells receivers to do: the header's time within {@code toleranceSeconds} of now, and
     * a v1 equal to the hex HMAC-SHA256 of "t.body" keyed with the secret.
     */
    static boolean verifies(String header, String body, String secret, long nowSeconds, long toleranceSeconds) {
        long t = -1;
        List<String> v1 = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                t = Long.parseLong(kv[1]);
            } else if (kv[0].equals("v1")) {
                v1.add(kv[1]);
            }
        }
        if (Math.abs(nowSeconds - t) > toleranceSeconds) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)))
                    .getBytes(StandardCharsets.US_ASCII);
            return v1.stream().anyMatch(v -> MessageDigest.isEqual(expected, v.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
