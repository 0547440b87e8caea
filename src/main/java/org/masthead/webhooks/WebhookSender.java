package org.masthead.webhooks;

import org.masthead.webhooks.DeliveryRepository.Due;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP attempt: the address check again, then a signed POST with the JDK client. Redirects are not
 * followed (a receiver could point us anywhere with one); the answer's body is read up to a few KB and the
 * rest dropped; the whole exchange, body included, is bounded by the connect and read timeouts.
 */
@Component
class WebhookSender {

    static final int READ_CAP = 4096;
    static final String USER_AGENT = "Masthead-Webhooks/1";

    /** How an attempt went: a status code and the start of the answer, or an error when none came. */
    record Outcome(Integer statusCode, int durationMs, String response, String error) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        String summary() {
            return statusCode != null ? "HTTP " + statusCode : error;
        }
    }

    private final UrlGuard guard;
    private final Clock clock;
    private final Duration readTimeout;
    private final Duration wholeExchange;
    private final HttpClient client;

    WebhookSender(UrlGuard guard, Clock clock, WebhookProperties props) {
        this.guard = guard;
        this.clock = clock;
        this.readTimeout = props.readTimeout();
        this.wholeExchange = props.connectTimeout().plus(props.readTimeout());
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(props.connectTimeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The longest {@link #send} can take. */
    Duration longest() {
        return wholeExchange;
    }

    Outcome send(Due d) {
        var refused = guard.refusalBeforeSending(d.url());
        if (refused.isPresent()) {
            return new Outcome(null, 0, null, "not sent: " + refused.get());
        }
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("Masthead-Event", d.type().wireName())
                .header("Masthead-Delivery", d.id())
                .header("Masthead-Signature", WebhookSignature.header(clock.instant().getEpochSecond(), body, d.secrets()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long started = System.nanoTime(); // a duration, not a time of day: the clock is not the tool here
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request, info -> new CappedBody(READ_CAP));
        try {
            HttpResponse<String> r = answer.get(wholeExchange.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(r.statusCode(), millisSince(started), r.body(), null);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Outcome(null, millisSince(started), null, "no answer within " + wholeExchange.toSeconds() + " s");
        } catch (ExecutionException e) {
            return new Outcome(null, millisSince(started), null, describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            return new Outcome(null, millisSince(started), null, "interrupted");
        }
    }

    private static int millisSince(long startedNanos) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos));
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Collects the first {@code cap} bytes of a body, then cancels the rest of the download. */
    static final class CappedBody implements HttpResponse.BodySubscriber<String> {
        private final byte[] buffer;
        private int size;
        private Flow.Subscription subscription;
        private final CompletableFuture<String> result = new CompletableFuture<>();

        CappedBody(int cap) {
            this.buffer = new byte[cap];
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                int n = Math.min(item.remaining(), buffer.length - size);
                item.get(buffer, size, n);
                size += n;
            }
            if (size == buffer.length) {
                subscription.cancel();
                onComplete();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(new String(buffer, 0, size, StandardCharsets.UTF_8));
        }

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }
    }
}
