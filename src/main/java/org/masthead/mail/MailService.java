package org.masthead.mail;

import org.masthead.mail.MailMetrics.Outcome;
import org.masthead.mail.OutboxEntry.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox. {@link #send} only stores the message, in the caller's transaction: it is delivered after that
 * transaction commits, by a job on whichever node holds it, and never when it rolls back. Nothing here talks to
 * the mail server, so a slow or absent one never slows or fails the caller.
 */
@Service
public class MailService {

    static final int MAX_RECENT = 500;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MailService.class);

    private final MailRepository repo;
    private final MailDelivery delivery;
    private final MailIdentity identity;
    private final MailMetrics metrics;
    private final MailProperties props;
    private final Clock clock;

    MailService(MailRepository repo, MailDelivery delivery, MailIdentity identity, MailMetrics metrics,
                MailProperties props, Clock clock) {
        this.repo = repo;
        this.delivery = delivery;
        this.identity = identity;
        this.metrics = metrics;
        this.props = props;
        this.clock = clock;
    }

    /**
     * Accepts a message into the outbox inside the caller's transaction (commits or rolls back with it) and
     * returns its id. Refuses a bad address, subject, body or kind with an {@code InvalidInputException}
     * naming each field ({@code to}, {@code subject}, {@code text}, {@code html}, {@code kind}).
     */
    @Transactional
    public long send(OutgoingMail mail) {
        OutgoingMail m = new OutgoingMail(mail.to() == null ? null : mail.to().strip(), mail.subject(), mail.text(),
                mail.html(), mail.kind());
        MailValidation.check(m);
        Status status = delivery.enabled() ? Status.QUEUED : Status.KEPT;
        long id = repo.insert(m, identity.newMessageId(), status, clock.instant());
        if (status == Status.KEPT) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    metrics.count(Outcome.KEPT, m.kind());
                    if (props.logKept()) {
                        log.info("Kept e-mail {} to {}: {}\n{}", id, m.to(), m.subject(), m.text());
                    }
                }
            });
        }
        return id;
    }

    /** Newest first, at most {@value #MAX_RECENT}, for the staff outbox page. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> recent(int limit) {
        return repo.recent(Math.max(1, Math.min(limit, MAX_RECENT)));
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> find(long id) {
        return repo.find(id);
    }

    /**
     * Why the outbox would refuse {@code address} as a recipient, as a short message; empty when it takes it.
     * Modules that collect addresses ask before storing one, so they never keep an address mail cannot reach.
     */
    public static Optional<String> addressProblem(String address) {
        return MailAddresses.problem(address);
    }

    /** The address the publication's mail comes from; other senders (a newsletter) start from it. */
    public String fromAddress() {
        return identity.address();
    }

    /** False when no SMTP server is configured: messages are then kept in the outbox, never sent. */
    public boolean deliveringEnabled() {
        return delivery.enabled();
    }

    /** Deletes sent and kept messages older than the retention; failed ones stay for the operator to read. */
    int prune(Instant now) {
        return repo.deleteDoneBefore(now.minus(props.retention()));
    }
}
