package org.masthead.newsletter;

import org.masthead.mail.BulkOutcome;
import org.masthead.mail.RetryPolicy;
import org.masthead.newsletter.DeliveryRepository.Delivery;
import org.masthead.newsletter.DeliveryRepository.Outcome;
import org.masthead.newsletter.Recipients.Recipient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The outcomes of one batch run, written a group at a time: each group in one transaction that first renews the
 * run's claim on the batch (a run that lost it writes nothing and stops), then records the deliveries and
 * suppresses the addresses that bounced. What a crash can cost is the last group: handed to the server, not yet
 * recorded, so sent again after the claim lapses.
 */
final class OutcomeLog {

    /** What the run needs from the worker: where to write, and how long a renewed claim lasts. */
    record Writers(BatchRepository batches, DeliveryRepository deliveries, Suppressions suppressions,
                   TransactionTemplate tx, Clock clock, RetryPolicy retries, Duration claimTimeout) { }

    private record Bounce(String address, String detail) { }

    private final Writers w;
    private final long batchId;
    private final String claim;
    private final Instant sendStartedAt;
    private final List<Outcome> pending = new ArrayList<>();
    private final List<Bounce> bounces = new ArrayList<>();
    private int sent;

    OutcomeLog(Writers w, long batchId, String claim, Instant sendStartedAt) {
        this.w = w;
        this.batchId = batchId;
        this.claim = claim;
        this.sendStartedAt = sendStartedAt;
    }

    int size() {
        return pending.size();
    }

    int sent() {
        return sent;
    }

    void excluded(List<Outcome> exclusions) {
        pending.addAll(exclusions);
    }

    /** A recipient whose address no message can be written to; nothing was sent, nothing is suppressed. */
    void unreachable(Recipient r, String problem) {
        pending.add(new Outcome(r.deliveryId(), Delivery.FAILED, Reason.INVALID_ADDRESS.code(), problem, null, null, null));
    }

    /** Notes what became of one message (anything but UNAVAILABLE, which says nothing about the recipient). */
    void add(Recipient r, String messageId, BulkOutcome o) {
        String detail = o.detail();
        switch (o.result()) {
            case SENT -> {
                sent++;
                pending.add(new Outcome(r.deliveryId(), Delivery.SENT, null, null, r.address(), messageId, null));
            }
            case PERMANENT -> {
                bounces.add(new Bounce(r.address(), detail));
                pending.add(new Outcome(r.deliveryId(), Delivery.FAILED, Reason.BOUNCED.code(), detail, r.address(), messageId, null));
            }
            default -> {
                Instant now = w.clock().instant();
                Optional<Instant> next = w.retries().nextAttempt(r.attempts() + 1, sendStartedAt, now,
                        ThreadLocalRandom.current().nextDouble());
                pending.add(next.map(at -> new Outcome(r.deliveryId(), Delivery.RETRY, Reason.DEFERRED.code(), detail,
                                r.address(), messageId, at))
                        .orElseGet(() -> new Outcome(r.deliveryId(), Delivery.FAILED, Reason.GAVE_UP.code(), detail,
                                r.address(), messageId, null)));
            }
        }
    }

    /** Writes what was noted; false when this run no longer holds the batch (nothing was written then). */
    boolean flush() {
        if (pending.isEmpty()) {
            return true;
        }
        Instant now = w.clock().instant();
        Boolean written = w.tx().execute(status -> {
            if (!w.batches().renew(batchId, claim, now.plus(w.claimTimeout()))) {
                return false;
            }
            w.deliveries().record(pending, now);
            bounces.forEach(b -> w.suppressions().suppress(b.address(), Suppression.Reason.BOUNCE, b.detail(), null));
            return true;
        });
        pending.clear();
        bounces.clear();
        return Boolean.TRUE.equals(written);
    }
}
