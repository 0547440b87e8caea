package org.masthead.mail;

import java.time.Instant;

/**
 * One message in the outbox, as the staff outbox page shows it.
 *
 * @param attempts      how many times delivery was tried
 * @param lastAttemptAt when delivery was last tried, or null
 * @param nextAttemptAt when delivery will be tried next (QUEUED), or until when a worker holds it (SENDING)
 * @param lastError     the last failure as the mail server or the network reported it, or null
 * @param text          the plain-text body
 * @param messageId     the Message-ID header the recipient sees, the same on every attempt
 */
public record OutboxEntry(long id, String to, String subject, String kind, Status status, int attempts,
                          Instant createdAt, Instant sentAt, Instant lastAttemptAt, Instant nextAttemptAt,
                          String lastError, String text, String messageId) {

    public enum Status {
        /** Accepted, waiting for its next attempt. */
        QUEUED,
        /** Being handed to the mail server by a worker. */
        SENDING,
        /** Accepted by the mail server. */
        SENT,
        /** Refused for good, or still failing when retries ran out; {@code lastError} says why. */
        FAILED,
        /** Stored without sending, because no SMTP server is configured. */
        KEPT
    }
}
