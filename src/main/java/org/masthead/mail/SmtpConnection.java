package org.masthead.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.masthead.mail.BulkOutcome.Result;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP transport reused for message after message, connected on the first and again after a failure of the
 * connection itself. A reply about the message ({@link SendFailedException} with a 4xx or 5xx: RCPT or DATA refused)
 * leaves the connection usable; anything else (reset, timeout, closed, 421) drops it. A connection that had already carried
 * mail is reconnected once for the same message, since servers close idle connections; a fresh one that fails
 * means the server is unavailable.
 */
final class SmtpConnection implements BulkMail.Connection {

    private final JavaMailSenderImpl smtp;
    private final Session session;
    private Transport transport; // null until connected, and after the connection failed
    private boolean carried;     // this transport has delivered at least one message

    SmtpConnection(JavaMailSenderImpl smtp, Session session) {
        this.smtp = smtp;
        this.session = session;
    }

    @Override
    public BulkOutcome send(BulkMessage message) {
        MimeMessage written;
        try {
            written = BulkWriter.write(session, message);
        } catch (BulkWriter.BadRecipient e) {
            return BulkOutcome.failed(Result.PERMANENT, e.getCause());
        } catch (MessagingException e) {
            throw new IllegalArgumentException("The message cannot be written: " + e.getMessage(), e);
        }
        return transmit(written, true);
    }

    private BulkOutcome transmit(MimeMessage message, boolean mayReconnect) {
        try {
            connected().sendMessage(message, message.getAllRecipients());
            carried = true;
            return BulkOutcome.sent("");
        } catch (SendFailedException refused) {
            if (closing(refused)) {
                return lost(message, mayReconnect, refused);
            }
            SendFailure why = SendFailure.of(refused);
            return BulkOutcome.failed(why.permanent() ? Result.PERMANENT : Result.TEMPORARY, refused);
        } catch (MessagingException | IllegalStateException lost) {
            return lost(message, mayReconnect, lost);
        }
    }

    /**
     * A refusal that is about the connection, not the message: no reply at all (the server hung up as the command
     * went out, which JavaMail reports as a failed send) or 421, the server closing the channel.
     */
    private static boolean closing(SendFailedException refused) {
        int code = SendFailure.replyCode(refused);
        return code == 0 || code == 421;
    }

    private BulkOutcome lost(MimeMessage message, boolean mayReconnect, Exception why) {
        boolean wasCarrying = carried;
        close();
        return wasCarrying && mayReconnect ? transmit(message, false) : BulkOutcome.failed(Result.UNAVAILABLE, why);
    }

    /** As Spring's JavaMailSenderImpl connects: an empty username (an unset variable) means no login. */
    private Transport connected() throws MessagingException {
        if (transport == null) {
            String protocol = smtp.getProtocol() == null ? "smtp" : smtp.getProtocol();
            String user = "".equals(smtp.getUsername()) ? null : smtp.getUsername();
            String password = user == null && "".equals(smtp.getPassword()) ? null : smtp.getPassword();
            Transport t = session.getTransport(protocol);
            t.connect(smtp.getHost(), smtp.getPort(), user, password);
            transport = t;
            carried = false;
        }
        return transport;
    }

    @Override
    public void close() {
        Transport t = transport;
        transport = null;
        if (t != null) {
            try {
                t.close();
            } catch (MessagingException alreadyGone) {
                // QUIT failed on a connection that was dropped anyway
            }
        }
    }
}
