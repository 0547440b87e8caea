package org.masthead.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The bulk path beside the outbox, for newsletters: a caller holds one {@link Connection} per worker and sends
 * many messages over it, one at a time, learning each one's {@link BulkOutcome} at once. It uses the outbox's SMTP
 * settings ({@code spring.mail.*}: the same {@link JavaMailSenderImpl} and its Session) but none of its tables:
 * the caller records outcomes in its own. Without an SMTP server, a connection keeps each message in the outbox
 * (status KEPT, kind {@code newsletter}) so a developer reads it on the outbox page.
 * <p>
 * Rejected: handing each message to {@link MailService#send}. The outbox stores every message in full and sends
 * twenty at a time on a two-second poll, which is right for sign-in codes and far too slow for a list of
 * 100 000; a send's recipients are already rows of the newsletter's own tables.
 */
@Component
public class BulkMail {

    private final JavaMailSenderImpl smtp; // null: no SMTP server configured
    private final MailService outbox;

    BulkMail(ObjectProvider<JavaMailSender> senders, MailService outbox) {
        JavaMailSender sender = senders.getIfAvailable();
        this.smtp = MailDelivery.configured(sender) && sender instanceof JavaMailSenderImpl impl ? impl : null;
        this.outbox = outbox;
    }

    /** False when no SMTP server is configured: messages are then kept in the outbox, never sent. */
    public boolean sending() {
        return smtp != null;
    }

    /** A connection for one worker; it connects on the first message. Close it when done. */
    public Connection open() {
        return smtp == null ? new KeptConnection(outbox) : new SmtpConnection(smtp);
    }

    /** One worker's line to the mail server. Not thread-safe: one worker, one connection. */
    public interface Connection extends AutoCloseable {

        /**
         * Sends one message and says what became of it. Throws {@link IllegalArgumentException} when the message
         * cannot be written at all (a bad From or Reply-To address): that is the sender's fault, not the recipient's.
         */
        BulkOutcome send(BulkMessage message);

        @Override
        void close();
    }
}
