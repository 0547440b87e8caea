package org.masthead.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.masthead.mail.MailRepository.Pending;

import java.util.Date;

/**
 * Writes an outbox row as the message a recipient gets: From, To, a UTF-8 Subject, the Date it was accepted,
 * the stored Message-ID, and a UTF-8 text/plain body, or multipart/alternative (text first, then HTML, as
 * RFC 2046 orders them: plainest first) when there is HTML. Spring's MimeMessageHelper was rejected here: its
 * multipart mode wraps the alternative in mixed and related parts this mail never needs.
 */
final class MimeWriter {

    private static final String UTF_8 = "UTF-8";

    private MimeWriter() {
    }

    static MimeMessage write(MimeMessage m, Pending p, InternetAddress from) throws MessagingException {
        m.setFrom(from);
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(p.to(), true));
        m.setSubject(p.subject(), UTF_8);
        m.setSentDate(Date.from(p.createdAt()));
        m.setHeader("Message-ID", p.messageId()); // JavaMailSender keeps an explicit Message-ID when it saves
        body(m, p.text(), p.html());
        return m;
    }

    /** A UTF-8 text/plain body, or multipart/alternative (text, then HTML) when there is HTML. */
    static void body(MimeMessage m, String text, String html) throws MessagingException {
        body(m, text, html, null);
    }

    /**
     * The same, each part in {@code transferEncoding} ("quoted-printable"), or, when null, in the one JavaMail picks
     * after reading the part through once more to see what it holds.
     */
    static void body(MimeMessage m, String text, String html, String transferEncoding) throws MessagingException {
        if (html == null) {
            m.setText(text, UTF_8);
            encoded(m, transferEncoding);
            return;
        }
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, UTF_8);
        encoded(plain, transferEncoding);
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, UTF_8, "html");
        encoded(rich, transferEncoding);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(rich);
        m.setContent(alternative);
    }

    private static void encoded(jakarta.mail.Part part, String transferEncoding) throws MessagingException {
        if (transferEncoding != null) {
            part.setHeader("Content-Transfer-Encoding", transferEncoding);
        }
    }
}
