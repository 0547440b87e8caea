package org.masthead.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.masthead.mail.MailMetrics.Outcome;
import org.masthead.mail.MailRepository.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hands due outbox messages to the SMTP server, a batch over one connection, and records each outcome.
 * Delivery is at least once: a message is claimed (committed) before it is handed over and its outcome is
 * recorded after. A worker that dies in between leaves the message SENDING until its claim lapses
 * ({@code masthead.mail.send-timeout}); then it is sent again, a duplicate with the same Message-ID, never a
 * loss. Claims also keep two workers that run at once (db-scheduler allows one, but a stalled node may
 * overlap its successor) from sending the same message twice.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final JavaMailSender sender; // null: no SMTP server configured, mail is kept
    private final MailRepository repo;
    private final MailIdentity identity;
    private final MailMetrics metrics;
    private final MailProperties props;
    private final RetryPolicy retries;
    private final Clock clock;

    MailDelivery(ObjectProvider<JavaMailSender> senders, MailRepository repo, MailIdentity identity,
                 MailMetrics metrics, MailProperties props, Clock clock) {
        JavaMailSender configured = senders.getIfAvailable();
        this.sender = configured(configured) ? configured : null;
        this.repo = repo;
        this.identity = identity;
        this.metrics = metrics;
        this.props = props;
        this.retries = props.retryPolicy();
        this.clock = clock;
    }

    /**
     * Boot creates a sender whenever {@code spring.mail.host} is present, even blank, which is how an unset
     * MASTHEAD_SMTP_HOST arrives; a blank host would quietly mean localhost, so it counts as none.
     */
    static boolean configured(JavaMailSender sender) {
        return sender != null && (!(sender instanceof JavaMailSenderImpl impl) || StringUtils.hasText(impl.getHost()));
    }

    boolean enabled() {
        return sender != null;
    }

    /**
     * Sends due messages, a batch at a time, until none are left; returns how many this worker tried. It goes
     * on while a batch found a full page due, even if another worker claimed some of them first.
     */
    int sendDue() {
        if (sender == null) {
            return 0;
        }
        int tried = 0;
        Batch batch;
        do {
            batch = sendBatch();
            tried += batch.claimed();
        } while (batch.due() == props.batchSize());
        return tried;
    }

    private record Batch(int due, int claimed) { }

    private Batch sendBatch() {
        Instant now = clock.instant();
        List<Long> due = repo.due(now, props.batchSize());
        return new Batch(due.size(), send(due, now));
    }

    /**
     * Claims what it can of these due messages, hands those over and records the outcomes; returns how many it
     * claimed. Another worker holding the same list claims the rest, never the same ones.
     */
    int send(List<Long> due, Instant now) {
        String claim = UUID.randomUUID().toString();
        List<Long> ids = due.stream().filter(id -> repo.claim(id, claim, now, now.plus(props.sendTimeout()))).toList();
        if (!ids.isEmpty()) {
            List<Pending> batch = repo.claimed(ids, claim);
            Map<Long, Exception> failures = transmit(batch);
            batch.forEach(p -> record(p, claim, failures.get(p.id())));
        }
        return ids.size();
    }

    /** Writes the batch and hands it over on one connection; returns the messages that failed, with why. */
    private Map<Long, Exception> transmit(List<Pending> batch) {
        Map<Long, Exception> failures = new HashMap<>();
        Map<MimeMessage, Long> written = new LinkedHashMap<>(); // MimeMessage keys compare by identity
        for (Pending p : batch) {
            try {
                written.put(MimeWriter.write(sender.createMimeMessage(), p, identity.from()), p.id());
            } catch (MessagingException | RuntimeException e) {
                failures.put(p.id(), e);
            }
        }
        try {
            if (!written.isEmpty()) {
                sender.send(written.keySet().toArray(MimeMessage[]::new));
            }
        } catch (MailSendException e) {
            // no failed messages: every one was accepted and only closing the connection failed
            e.getFailedMessages().forEach((m, why) -> failures.put(written.get(m), why));
        } catch (MailException e) { // e.g. the login was refused: nothing was sent
            written.values().forEach(id -> failures.put(id, e));
        }
        return failures;
    }

    private void record(Pending p, String claim, Exception failure) {
        Instant now = clock.instant();
        if (failure == null) {
            repo.sent(p.id(), claim, now);
            metrics.count(Outcome.SENT, p.kind());
            return;
        }
        SendFailure why = SendFailure.of(failure);
        Optional<Instant> next = why.permanent() ? Optional.empty()
                : retries.nextAttempt(p.attempts(), p.createdAt(), now, ThreadLocalRandom.current().nextDouble());
        if (next.isPresent()) {
            repo.retryAt(p.id(), claim, next.get(), why.error());
            metrics.count(Outcome.RETRIED, p.kind());
            log.info("Mail {} ({}) not delivered, will be tried again at {}: {}",
                    p.id(), p.kind(), next.get(), why.error());
        } else {
            repo.failed(p.id(), claim, why.error());
            metrics.count(Outcome.FAILED, p.kind());
            log.warn("Mail {} ({}) failed after {} attempt(s): {}", p.id(), p.kind(), p.attempts(), why.error());
        }
    }
}
