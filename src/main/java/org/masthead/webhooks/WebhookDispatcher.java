package org.masthead.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.masthead.webhooks.DeliveryRepository.Due;
import org.masthead.webhooks.WebhookDelivery.Attempt;
import org.masthead.webhooks.WebhookDelivery.Status;
import org.masthead.webhooks.WebhookSender.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends due deliveries, one at a time, and records each attempt: 2xx is delivered; anything else, or no
 * answer, is tried again after {@link Backoff} until the attempts run out, then failed. An endpoint whose
 * deliveries fail for good {@code disableAfterFailures} times in a row is deactivated, and its pending
 * deliveries failed with it. Run by the job in {@link WebhookJobs}; safe to run on two nodes at once, since
 * each delivery is claimed before it is sent.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final DeliveryRepository deliveries;
    private final EndpointRepository endpoints;
    private final WebhookSender sender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final WebhookProperties props;
    private final Backoff backoff;
    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;

    WebhookDispatcher(DeliveryRepository deliveries, EndpointRepository endpoints, WebhookSender sender,
                      TransactionTemplate tx, Clock clock, WebhookProperties props, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.tx = tx;
        this.clock = clock;
        this.props = props;
        this.backoff = Backoff.of(props);
        this.delivered = counter(meters, "delivered");
        this.retried = counter(meters, "retried");
        this.failed = counter(meters, "failed");
    }

    private static Counter counter(MeterRegistry meters, String result) {
        return Counter.builder("masthead.webhooks.deliveries").tag("result", result)
                .description("Webhook delivery attempts by result: delivered, retried later, failed for good")
                .register(meters);
    }

    /** Sends what is due now; returns how many attempts were made. */
    int deliverDue() {
        int attempts = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<Due> due = deliveries.due(clock.instant(), props.batchSize());
            for (Due d : due) {
                Instant now = clock.instant();
                if (deliveries.claim(d.id(), now, now.plus(sender.longest()).plus(Duration.ofMinutes(1)))) {
                    attempt(d);
                    attempts++;
                }
            }
            if (due.size() < props.batchSize()) {
                break;
            }
        }
        return attempts;
    }

    private void attempt(Due d) {
        Instant at = clock.instant();
        Outcome o;
        try {
            o = sender.send(d);
        } catch (RuntimeException e) { // counted as an attempt, so a delivery that always throws ends as failed
            log.warn("Webhook delivery {} could not be sent", d.id(), e);
            o = new Outcome(null, 0, null, "not sent: " + e);
        }
        Outcome outcome = o;
        tx.executeWithoutResult(s -> record(d, outcome, at));
    }

    private void record(Due d, Outcome o, Instant at) {
        Instant now = clock.instant();
        Optional<Instant> next = o.delivered() ? Optional.empty()
                : backoff.next(now, d.attempts() + 1, ThreadLocalRandom.current().nextDouble());
        Status status = o.delivered() ? Status.DELIVERED : next.isPresent() ? Status.PENDING : Status.FAILED;
        if (!deliveries.finishAttempt(d.id(), d.attempts(), status, next.orElse(now),
                status == Status.PENDING ? null : now, o.summary())) {
            return; // redelivered or deleted while we sent: that state wins
        }
        deliveries.logAttempt(d.id(), new Attempt(at, o.statusCode(), o.durationMs(), o.response(), o.error()));
        switch (status) {
            case DELIVERED -> {
                delivered.increment();
                endpoints.clearFailures(d.endpointId());
            }
            case PENDING -> retried.increment();
            case FAILED -> {
                failed.increment();
                log.warn("Webhook delivery {} to endpoint {} failed after {} attempts: {}", d.id(), d.endpointId(),
                        d.attempts() + 1, o.summary());
                countFailure(d.endpointId(), now);
            }
        }
    }

    private void countFailure(long endpointId, Instant now) {
        int inARow = endpoints.countFailure(endpointId);
        if (props.disableAfterFailures() > 0 && inARow >= props.disableAfterFailures()) {
            String reason = inARow + " deliveries in a row failed";
            if (endpoints.deactivate(endpointId, reason, now)) {
                deliveries.failPending(endpointId, "endpoint deactivated: " + reason, now);
                log.warn("Deactivated webhook endpoint {}: {}", endpointId, reason);
            }
        }
    }
}
