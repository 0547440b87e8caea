package org.masthead.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures built as JavaMail reports them; the end-to-end cases run against a real server in MailOutboxContract. */
class SendFailureTests {

    @Test
    void aRecipientRefusedWithA5xxReplyIsPermanentAndKeepsTheServersWords() throws Exception {
        SendFailure f = SendFailure.of(refusedRecipient(550, "550 5.1.1 <gone@example.org>: Recipient address rejected"));
        assertThat(f.permanent()).isTrue();
        assertThat(f.error()).contains("550 5.1.1 <gone@example.org>: Recipient address rejected");
    }

    @Test
    void aRecipientDeferredWithA4xxReplyIsTransient() throws Exception {
        SendFailure f = SendFailure.of(refusedRecipient(451, "451 4.3.0 Mailbox busy, try again later"));
        assertThat(f.permanent()).isFalse();
        assertThat(f.error()).contains("451 4.3.0 Mailbox busy");
    }

    @Test
    void aMessageRefusedAfterDataIsPermanentWhenTheReplyIs5xx() {
        var refused = new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected as spam", null, null, null, null);
        assertThat(SendFailure.of(refused).permanent()).isTrue();
        var later = new SMTPSendFailedException("DATA", 452, "452 4.3.1 Insufficient system storage", null, null, null, null);
        assertThat(SendFailure.of(later).permanent()).isFalse();
    }

    @Test
    void aRefusedConnectionIsTransientAndSaysWhatTheNetworkSaid() {
        var e = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525; timeout 10000",
                new ConnectException("Connection refused"));
        SendFailure f = SendFailure.of(e);
        assertThat(f.permanent()).isFalse();
        assertThat(f.error()).isEqualTo("Couldn't connect to host, port: 127.0.0.1, 2525; timeout 10000; Connection refused");
    }

    @Test
    void aRefusedLoginIsTransientThoughItsReplyIs5xx() {
        var e = new MailAuthenticationException(new AuthenticationFailedException("535 5.7.8 Authentication credentials invalid"));
        assertThat(SendFailure.of(e).permanent()).isFalse();
    }

    @Test
    void anAddressTheClientCannotEncodeIsPermanent() {
        assertThat(SendFailure.of(new AddressException("Illegal address", "a b@example.org")).permanent()).isTrue();
    }

    @Test
    void longErrorsAreCutToFitTheOutboxRow() {
        SendFailure f = SendFailure.of(new MessagingException("421 " + "x".repeat(5000)));
        assertThat(f.error()).hasSize(SendFailure.MAX_ERROR).endsWith("…");
        assertThat(f.permanent()).isFalse();
    }

    private static SendFailedException refusedRecipient(int code, String reply) throws AddressException {
        InternetAddress to = new InternetAddress("gone@example.org");
        var rcpt = new SMTPAddressFailedException(to, "RCPT TO:<gone@example.org>", code, reply);
        return new SendFailedException("Invalid Addresses", rcpt, new InternetAddress[0], new InternetAddress[0], new InternetAddress[] {to});
    }
}
