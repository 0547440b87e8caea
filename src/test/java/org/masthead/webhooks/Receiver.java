package org.masthead.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;


/**
 * A webhook receiver for tests: a real JDK HTTP server on 127.0.0.1 that records every request and answers
 * with the next queued answer, or with {@code fallback} when none is queued.
 */
final class Receiver implements AutoCloseable {

    record Received(String method, String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private record Answer(int status, String body) { }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private volatile Answer fallback = new Answer(200, "thanks");

    private Receiver(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    static Receiver start() {
        try {
            return new Receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next request is answered with {@code status} and {@code body}. */
    Receiver thenAnswer(int status, String body) {
        answers.add(new Answer(status, body));
        return this;
    }

    /** Every request without a queued answer gets this one. */
    void alwaysAnswer(int status) {
        fallback = new Answer(status, "always " + status);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code n} requests came (the scheduler may be the one sending) and returns them all. */
    List<Received> await(int n) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= n);
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
        Answer a = answers.isEmpty() ? fallback : answers.poll();
        byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(a.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
