package org.masthead.newsletter;

import org.masthead.mail.BulkMail;
import org.masthead.mail.BulkMessage;
import org.masthead.mail.BulkOutcome;
import org.masthead.mail.MailService;
import org.masthead.mail.RetryPolicy;
import org.masthead.newsletter.BatchRepository.Batch;
import org.masthead.newsletter.Recipients.Checked;
import org.masthead.newsletter.Recipients.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * One worker's job: claim a due batch (a guarded update, so of several workers on any number of nodes exactly one
 * gets it), ask again about its candidates, send each the message meant for them over the worker's connection at
 * the node's pace, and record the outcomes a group at a time ({@link OutcomeLog}). A batch with recipients to retry
 * is handed back due at the earliest retry. The mail server unreachable: the batch waits with backoff and the send
 * says so, until the retries run out and the send fails. A message that cannot be written (the list's sender
 * refused, a broken issue) fails the send at once; either way a staff member sees why and resumes it.
 */
@Component
class SendWorker {

    private static final Logger log = LoggerFactory.getLogger(SendWorker.class);

    private final BatchRepository batches;
    private final SendRepository sends;
    private final DeliveryRepository deliveries;
    private final IssueRepository issues;
    private final NewsletterLists lists;
    private final Recipients recipients;
    private final IssueMessages messages;
    private final Pace pace;
    private final NewsletterProperties props;
    private final OutcomeLog.Writers writers;
    private final RetryPolicy retries;
    private final Clock clock;

    SendWorker(BatchRepository batches, SendRepository sends, DeliveryRepository deliveries, IssueRepository issues,
               NewsletterLists lists, Recipients recipients, IssueMessages messages, Suppressions suppressions, Pace pace,
               NewsletterProperties props, TransactionTemplate tx, Clock clock) {
        this.batches = batches;
        this.sends = sends;
        this.deliveries = deliveries;
        this.issues = issues;
        this.lists = lists;
        this.recipients = recipients;
        this.messages = messages;
        this.pace = pace;
        this.props = props;
        this.retries = props.retryPolicy();
        this.writers = new OutcomeLog.Writers(batches, deliveries, suppressions, tx, clock, retries, props.claimTimeout());
        this.clock = clock;
    }

    /** Claims one due batch and sends it; false when none was due. Stops early, handing the rest back, when told. */
    boolean sendNext(BulkMail.Connection connection, BooleanSupplier stopping) throws InterruptedException {
        Instant now = clock.instant();
        for (long id : batches.due(now, 10)) {
            String claim = UUID.randomUUID().toString();
            if (batches.claim(id, claim, now, now.plus(props.claimTimeout()))) {
                Batch batch = batches.claimed(id, claim).orElseThrow();
                send(batch, claim, connection, stopping);
                finishCompleted();
                return true;
            }
        }
        return false;
    }

    /** Closes sends whose every batch is done, with their totals. */
    void finishCompleted() {
        for (long id : sends.sendingWithoutOpenBatches()) {
            Totals totals = deliveries.totals(id);
            if (sends.finish(id, totals, clock.instant())) {
                log.info("Newsletter send {} done: {} candidates, {} sent, {} failed, {} excluded", id,
                        totals.candidates(), totals.sent(), totals.failed(), totals.excluded());
            }
        }
    }

    private void send(Batch batch, String claim, BulkMail.Connection connection, BooleanSupplier stopping)
            throws InterruptedException {
        Send send = sends.find(batch.sendId()).orElseThrow();
        IssueContent issue = issues.find(send.issueId()).orElseThrow();
        NewsletterList list = lists.require(send.listId());
        Checked checked = recipients.check(list, issue, deliveries.due(batch.id(), clock.instant()));
        OutcomeLog outcomes = new OutcomeLog(writers, batch.id(), claim, send.startedAt());
        outcomes.excluded(checked.excluded());
        for (Recipient r : checked.toSend()) {
            if (stopping.getAsBoolean()) {
                break;
            }
            Optional<String> unreachable = MailService.addressProblem(r.address());
            if (unreachable.isPresent()) { // one reader's bad address must not stop everyone's issue
                outcomes.unreachable(r, r.address() + ": " + unreachable.get());
                continue;
            }
            BulkOutcome outcome;
            String messageId;
            try {
                BulkMessage message = messages.message(issue, list, r, clock.instant());
                messageId = message.messageId();
                pace.acquire();
                outcome = connection.send(message);
            } catch (RuntimeException unwritable) {
                outcomes.flush();
                stop(send, batch, claim, "The issue cannot be sent as it stands: " + unwritable.getMessage());
                return;
            }
            if (outcome.result() == BulkOutcome.Result.UNAVAILABLE) {
                outcomes.flush();
                serverUnavailable(send, batch, claim, outcome.detail());
                return;
            }
            outcomes.add(r, messageId, outcome);
            if (outcomes.size() >= props.recordEvery() && !outcomes.flush()) {
                log.warn("Newsletter batch {} was taken over by another worker; this one stops", batch.id());
                return;
            }
        }
        if (outcomes.flush()) {
            handBack(send, batch, claim, outcomes.sent() > 0);
        }
    }

    /** Done, or due again at its earliest retry (or now, when this worker stopped before the end). */
    private void handBack(Send send, Batch batch, String claim, boolean sentSome) {
        Instant now = clock.instant();
        Optional<Instant> next = deliveries.nextAttempt(batch.id(), now);
        if (next.isPresent()) {
            batches.readyAt(batch.id(), claim, next.get());
        } else {
            batches.done(batch.id(), claim, now);
        }
        if (sentSome && send.lastError() != null && send.state() != SendState.FAILED) {
            sends.note(send.id(), null, now); // the server is back
        }
    }

    private void serverUnavailable(Send send, Batch batch, String claim, String detail) {
        Instant now = clock.instant();
        Optional<Instant> next = retries.nextAttempt(batch.attempts(), send.startedAt(), now,
                ThreadLocalRandom.current().nextDouble());
        if (next.isPresent()) {
            batches.readyAt(batch.id(), claim, next.get());
            sends.note(send.id(), "The mail server cannot be reached; trying again by itself at "
                    + next.get().truncatedTo(ChronoUnit.SECONDS) + ". " + detail, now);
            log.warn("Newsletter send {}: the mail server cannot be reached, batch {} waits until {}: {}",
                    send.id(), batch.seq(), next.get(), detail);
        } else {
            stop(send, batch, claim, "The mail server could not be reached for " + batch.attempts() + " tries: " + detail);
        }
    }

    private void stop(Send send, Batch batch, String claim, String why) {
        Instant now = clock.instant();
        batches.readyAt(batch.id(), claim, now);
        sends.fail(send.id(), why, now);
        log.error("Newsletter send {} stopped; resume it from its page once fixed: {}", send.id(), why);
    }
}
