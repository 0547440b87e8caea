package org.masthead;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The test JVM's one SMTP server: GreenMail on a free port, behind a {@link SmtpFaultRelay} that the application
 * sends to. Started on first use and shared by both database contexts; {@link TestBeans} hands the relay's port
 * to Spring as {@code masthead.test.smtp-port} before any bean reads {@code spring.mail.*}. Tests tell their
 * mail apart by recipient, since every test's mail lands in the same server.
 */
public final class TestSmtp {

    private static GreenMail greenMail;
    private static SmtpFaultRelay relay;

    private TestSmtp() {
    }

    public static synchronized int port() {
        if (relay == null) {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            try {
                relay = new SmtpFaultRelay(greenMail.getSmtp().getPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return relay.port();
    }

    public static SmtpFaultRelay faults() {
        port();
        return relay;
    }

    /** Every message delivered to this address so far. */
    public static List<MimeMessage> receivedBy(String address) {
        port();
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    /** Waits for the first message to this address and returns it. */
    public static MimeMessage awaitMessageTo(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !receivedBy(address).isEmpty());
        return receivedBy(address).get(0);
    }

    private static boolean sentTo(MimeMessage m, String address) {
        try {
            return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
