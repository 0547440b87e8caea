package org.masthead.paywall;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Stripe API as the tests' Masthead sees it: a JDK HTTP server on 127.0.0.1 (free port) that records each
 * request with its form fields and answers with the smallest object stripe-java accepts. One per test JVM,
 * shared by both database contexts ({@code masthead.stripe.api-base} points here, see TestBeans); tests tell
 * their requests apart by the member or plan ids in them. Same idempotency key, same answer, as Stripe does.
 */
public final class FakeStripe {

    /** A request Masthead sent: method, path, the decoded form fields and the idempotency key. */
    public record Call(String method, String path, Map<String, String> form, String idempotencyKey, String auth) { }

    private static final String SUBSCRIPTIONS = "/v1/subscriptions/";
    private static FakeStripe instance;

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Map<String, String> pathFailures = new ConcurrentHashMap<>();
    private final java.util.Set<String> canceled = ConcurrentHashMap.newKeySet();
    private final Map<String, String> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private FakeStripe(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized FakeStripe get() {
        if (instance == null) {
            try {
                instance = new FakeStripe(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public static int port() {
        return get().server.getAddress().getPort();
    }

    public List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    /** The newest call to {@code path} whose form has {@code field} = {@code value}. */
    public Call last(String path, String field, String value) {
        List<Call> matching = calls(path).stream().filter(c -> value.equals(c.form().get(field))).toList();
        if (matching.isEmpty()) {
            throw new AssertionError("no call to " + path + " with " + field + "=" + value + " among " + calls(path));
        }
        return matching.get(matching.size() - 1);
    }

    /** The next request is refused with 400 and this message, as Stripe refuses invalid requests. */
    public void refuseNext(String message) {
        failures.add(message);
    }

    /** The next request to {@code path} (any other goes through) is refused with 400 and this message. */
    public void refuseNext(String path, String message) {
        pathFailures.put(path, message);
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getPath();
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        calls.add(new Call(ex.getRequestMethod(), path, decode(body), key, ex.getRequestHeaders().getFirst("Authorization")));
        String failure = pathFailures.remove(path);
        failure = failure != null ? failure : failures.poll();
        if (failure != null) {
            answer(ex, 400, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"" + failure + "\"}}");
            return;
        }
        String json = path.startsWith(SUBSCRIPTIONS) ? subscription(ex.getRequestMethod(), path.substring(SUBSCRIPTIONS.length()))
                : key == null ? object(path) : byKey.computeIfAbsent(path + " " + key, k -> object(path));
        answer(ex, json == null ? 404 : 200, json == null ? "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"unknown path\"}}" : json);
    }

    private String object(String path) {
        int n = ids.incrementAndGet();
        return switch (path) {
            case "/v1/products" -> "{\"id\":\"prod_fake" + n + "\",\"object\":\"product\"}";
            case "/v1/prices" -> "{\"id\":\"price_fake" + n + "\",\"object\":\"price\"}";
            case "/v1/coupons" -> "{\"id\":\"coupon_fake" + n + "\",\"object\":\"coupon\"}";
            case "/v1/checkout/sessions" -> "{\"id\":\"cs_test_fake" + n + "\",\"object\":\"checkout.session\","
                    + "\"url\":\"https://checkout.stripe.com/c/pay/cs_test_fake" + n + "\"}";
            case "/v1/billing_portal/sessions" -> "{\"id\":\"bps_fake" + n + "\",\"object\":\"billing_portal.session\","
                    + "\"url\":\"https://billing.stripe.com/p/session/test_fake" + n + "\"}";
            default -> null;
        };
    }

    /** {@code GET} one subscription (active until cancelled here) or {@code DELETE} it (cancel). */
    private String subscription(String method, String id) {
        if ("DELETE".equals(method)) {
            canceled.add(id);
        }
        return "{\"id\":\"" + id + "\",\"object\":\"subscription\",\"status\":\""
                + (canceled.contains(id) ? "canceled" : "active") + "\"}";
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("Request-Id", "req_fake");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> decode(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return out;
        }
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }
}
