package org.masthead.paywall;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Plays Stripe delivering webhooks: builds event JSON the way Stripe sends it and signs it as Stripe does,
 * {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">} with the endpoint's secret.
 */
final class StripeWebhookSender {

    static final String SECRET = "whsec_test_masthead";

    private final HttpClient client = HttpClient.newHttpClient();
    private final String url;
    private final Clock clock;

    StripeWebhookSender(int port, Clock clock) {
        this.url = "http://127.0.0.1:" + port + "/stripe/webhook";
        this.clock = clock;
    }

    HttpResponse<String> send(String payload) {
        return send(payload, signature(payload, SECRET, clock.instant().getEpochSecond()));
    }

    HttpResponse<String> send(String payload, String signatureHeader) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signatureHeader != null) {
            b.header("Stripe-Signature", signatureHeader);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String signature(String payload, String secret, long t) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] v1 = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(v1);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** An event envelope around {@code object} (JSON), created at {@code created} (unix seconds). */
    static String event(String id, String type, long created, String object) {
        return """
                {"id":"%s","object":"event","api_version":"2025-11-17.clover","created":%d,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s","data":{"object":%s}}"""
                .formatted(id, created, type, object);
    }

    /** A subscription object with one item at {@code priceId}; the member rides in its metadata. */
    static String subscription(String id, String customer, String status, long memberId, String priceId, long periodEnd) {
        return """
                {"id":"%s","object":"subscription","customer":"%s","status":"%s","cancel_at_period_end":false,
                 "metadata":{"member_id":"%d"},"items":{"object":"list","data":[{"id":"si_1","object":"subscription_item",
                 "current_period_end":%d,"price":{"id":"%s","object":"price"}}]}}"""
                .formatted(id, customer, status, memberId, periodEnd, priceId);
    }

    static String checkoutSession(String subscription, String customer, long memberId, String paymentStatus) {
        return """
                {"id":"%s","object":"checkout.session","mode":"subscription","client_reference_id":"%d",
                 "customer":"%s","subscription":"%s","payment_status":"%s","status":"complete","metadata":{}}"""
                .formatted(newId("cs_test_"), memberId, customer, subscription, paymentStatus);
    }

    /** An invoice of the newest API versions, which name the subscription under parent.subscription_details. */
    static String invoice(String subscription, String customer, long periodEnd) {
        return """
                {"id":"%s","object":"invoice","customer":"%s","parent":{"type":"subscription_details",
                 "subscription_details":{"subscription":"%s"}},"lines":{"object":"list","data":[{"period":{"end":%d}}]}}"""
                .formatted(newId("in_"), customer, subscription, periodEnd);
    }
}
