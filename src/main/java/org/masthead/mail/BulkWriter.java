package org.masthead.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.util.Date;

/**
 * Writes a {@link BulkMessage} as a MIME message through jakarta.mail's own APIs: addresses as
 * {@link InternetAddress} (names encoded for non-ASCII), the subject with {@link MimeMessage#setSubject(String,
 * String)}, the body as {@link MimeWriter#body}. The List-* headers are the message's checked URIs and id in angle
 * brackets; {@link BulkMessage} has already refused anything that could break a line.
 */
final class BulkWriter {

    private static final String UTF_8 = "UTF-8";

    /** A recipient address that cannot be written: that recipient's permanent failure. */
    static final class BadRecipient extends Exception {
        BadRecipient(AddressException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private BulkWriter() {
    }

    static MimeMessage write(Session session, BulkMessage m) throws BadRecipient, MessagingException {
        MimeMessage msg = new KeptIdMessage(session, m.messageId());
        msg.setRecipient(Message.RecipientType.TO, recipient(m.to()));
        msg.setFrom(sender("fromAddress", m.fromAddress(), m.fromName()));
        if (m.replyTo() != null && !m.replyTo().isBlank()) {
            msg.setReplyTo(new InternetAddress[] {sender("replyTo", m.replyTo(), null)});
        }
        msg.setSubject(m.subject(), UTF_8);
        msg.setSentDate(Date.from(m.date()));
        if (!m.listUnsubscribe().isEmpty()) {
            msg.setHeader("List-Unsubscribe", String.join(", ", m.listUnsubscribe().stream().map(u -> "<" + u + ">").toList()));
        }
        if (m.oneClick()) {
            msg.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (m.listId() != null) {
            msg.setHeader("List-Id", "<" + m.listId() + ">");
        }
        // quoted-printable always suits UTF-8 text, and naming it spares JavaMail a pass over each part to choose
        MimeWriter.body(msg, m.text(), m.html(), "quoted-printable");
        msg.saveChanges();
        return msg;
    }

    private static InternetAddress recipient(String to) throws BadRecipient {
        try {
            if (MailAddresses.problem(to).isPresent()) {
                throw new AddressException("not a deliverable address: " + to);
            }
            return new InternetAddress(to, true);
        } catch (AddressException e) {
            throw new BadRecipient(e);
        }
    }

    private static InternetAddress sender(String field, String address, String name) {
        try {
            InternetAddress a = name == null || name.isBlank() ? new InternetAddress(address, true)
                    : new InternetAddress(address, name, UTF_8);
            a.validate();
            return a;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    /** Keeps the Message-ID it was given when saved, instead of minting one (retries carry the same id). */
    private static final class KeptIdMessage extends MimeMessage {
        private final String messageId;

        KeptIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
