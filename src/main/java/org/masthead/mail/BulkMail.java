package org.masthead.mail;

import jakarta.mail.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.util.Properties;

/**
 * The bulk path beside the outbox, for newsletters: a caller holds one {@link Connection} per worker and sends
 * many messages over it, one at a time, learning each one's {@link BulkOutcome} at once. It uses the outbox's SMTP
 * settings ({@code spring.mail.*}: the same {@link JavaMailSenderImpl}'s server, login and properties) but none of
 * its tables:
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
    private final Session session;
    private final MailService outbox;

    BulkMail(ObjectProvider<JavaMailSender> senders, MailService outbox) {
        JavaMailSender sender = senders.getIfAvailable();
        this.smtp = MailDelivery.configured(sender) && sender instanceof JavaMailSenderImpl impl ? impl : null;
        this.session = smtp == null ? null : session(smtp);
        this.outbox = outbox;
    }

    /** The outbox's SMTP settings, on sockets without Nagle's delay ({@link NoDelaySockets}). */
    private static Session session(JavaMailSenderImpl smtp) {
        nameTheStreamProvider();
        Properties props = new Properties();
        props.putAll(smtp.getJavaMailProperties());
        props.put("mail.smtp.socketFactory", new NoDelaySockets());
        return Session.getInstance(props);
    }

    /**
     * Jakarta Mail looks its StreamProvider up anew for every body part it makes and writes, through a ServiceLoader
     * that reads the classpath's jars each time (jakartaee/mail-api#861): a third of a worker's time at 1 000
     * messages a second. Named by the system property it checks first, the provider is just instantiated. Left alone
     * when set already, or when Angus, the implementation Boot brings, is not the one present.
     */
    private static void nameTheStreamProvider() {
        String property = "jakarta.mail.util.StreamProvider";
        String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
        if (System.getProperty(property) == null) {
            try {
                Class.forName(angus, false, BulkMail.class.getClassLoader());
                System.setProperty(property, angus);
            } catch (ClassNotFoundException notAngus) {
                // another implementation: its lookup stays as it is
            }
        }
    }

    /** False when no SMTP server is configured: messages are then kept in the outbox, never sent. */
    public boolean sending() {
        return smtp != null;
    }

    /** A connection for one worker; it connects on the first message. Close it when done. */
    public Connection open() {
        return smtp == null ? new KeptConnection(outbox) : new SmtpConnection(smtp, session);
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
