package org.masthead.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.TestSmtp;
import org.masthead.mail.BulkOutcome.Result;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.mail.MailFixtures.address;

/**
 * The bulk path against a real SMTP server (GreenMail behind the fault relay): what a recipient receives, one
 * connection for many messages, and each message's outcome as the server decided it. No tables are involved, so
 * it runs on the H2 context alone.
 */
@H2IntegrationTest
class BulkMailTests {

    @Autowired BulkMail bulk;

    @AfterEach
    void serverBackToNormal() throws IOException {
        TestSmtp.faults().resume();
    }

    @Test
    void sendsEachMessageWithTheListHeadersAndBothPartsInUtf8() throws Exception {
        String to = address("reader");
        String id = "<issue-" + UUID.randomUUID() + "@news.example.org>";
        Instant date = Instant.parse("2026-11-30T06:30:00Z");
        try (BulkMail.Connection c = bulk.open()) {
            BulkOutcome outcome = c.send(new BulkMessage(to, "briefing@news.example.org", "Morning Briefing — Zürich",
                    "desk@news.example.org", "Grüße: the harbour reopens", "Text part", "<p>HTML part</p>", id, date,
                    List.of("https://news.example.org/newsletters/unsubscribe/abc_12-x", "mailto:unsubscribe@news.example.org?subject=unsubscribe%20abc"),
                    true, "morning-briefing.news.example.org"));
            assertThat(outcome.result()).isEqualTo(Result.SENT);
        }

        MimeMessage m = TestSmtp.awaitMessageTo(to);
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("briefing@news.example.org");
        assertThat(from.getPersonal()).isEqualTo("Morning Briefing — Zürich");
        assertThat(m.getReplyTo()).extracting(Object::toString).containsExactly("desk@news.example.org");
        assertThat(m.getSubject()).isEqualTo("Grüße: the harbour reopens");
        assertThat(m.getMessageID()).isEqualTo(id);
        assertThat(m.getSentDate().toInstant()).isEqualTo(date.truncatedTo(ChronoUnit.SECONDS));
        assertThat(m.getHeader("List-Unsubscribe")).containsExactly(
                "<https://news.example.org/newsletters/unsubscribe/abc_12-x>, <mailto:unsubscribe@news.example.org?subject=unsubscribe%20abc>");
        assertThat(m.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(m.getHeader("List-Id")).containsExactly("<morning-briefing.news.example.org>");
        assertThat(m.getHeader("MIME-Version")).containsExactly("1.0");
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertThat(m.isMimeType("multipart/alternative")).isTrue();
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Text part");
        assertThat(parts.getBodyPart(1).getContentType()).startsWithIgnoringCase("text/html").containsIgnoringCase("UTF-8");
    }

    @Test
    void manyMessagesTravelOverOneConnection() {
        List<String> crowd = List.of(address("one"), address("two"), address("three"), address("four"));
        int before = TestSmtp.faults().connectionsAccepted();
        try (BulkMail.Connection c = bulk.open()) {
            crowd.forEach(to -> assertThat(c.send(message(to, "Four of us")).result()).isEqualTo(Result.SENT));
        }
        crowd.forEach(to -> assertThat(TestSmtp.receivedBy(to)).hasSize(1));
        assertThat(TestSmtp.faults().connectionsAccepted() - before).isEqualTo(1);
    }

    @Test
    void aRefusedRecipientIsReportedWithTheServersReplyAndTheConnectionCarriesOn() {
        String gone = address("gone");
        String busy = address("busy");
        String fine = address("fine");
        TestSmtp.faults().failRecipient(gone, "550 5.1.1 No such mailbox here", 1);
        TestSmtp.faults().failRecipient(busy, "451 4.2.1 Mailbox busy, try again later", 1);
        int before = TestSmtp.faults().connectionsAccepted();
        try (BulkMail.Connection c = bulk.open()) {
            BulkOutcome refused = c.send(message(gone, "Hello"));
            BulkOutcome deferred = c.send(message(busy, "Hello"));
            BulkOutcome sent = c.send(message(fine, "Hello"));

            assertThat(refused).extracting(BulkOutcome::result, BulkOutcome::replyCode).containsExactly(Result.PERMANENT, 550);
            assertThat(refused.detail()).contains("No such mailbox here");
            assertThat(deferred).extracting(BulkOutcome::result, BulkOutcome::replyCode).containsExactly(Result.TEMPORARY, 451);
            assertThat(sent.result()).isEqualTo(Result.SENT);
        }
        assertThat(TestSmtp.receivedBy(fine)).hasSize(1);
        assertThat(TestSmtp.receivedBy(gone)).isEmpty();
        assertThat(TestSmtp.faults().connectionsAccepted() - before).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionIsReopenedForTheNextMessage() throws Exception {
        String first = address("first");
        String second = address("second");
        try (BulkMail.Connection c = bulk.open()) {
            assertThat(c.send(message(first, "Before")).result()).isEqualTo(Result.SENT);
            TestSmtp.faults().dropConnections();
            assertThat(c.send(message(second, "After")).result()).isEqualTo(Result.SENT);
        }
        assertThat(TestSmtp.receivedBy(second)).hasSize(1);
    }

    @Test
    void anUnreachableServerIsReportedAsSuchAndTheSameConnectionSendsOnceItIsBack() throws Exception {
        String to = address("later");
        try (BulkMail.Connection c = bulk.open()) {
            TestSmtp.faults().refuseConnections();
            BulkOutcome outage = c.send(message(to, "Wait"));
            assertThat(outage.result()).isEqualTo(Result.UNAVAILABLE);
            assertThat(outage.detail()).contains("Connection refused");

            TestSmtp.faults().resume();
            assertThat(c.send(message(to, "Wait")).result()).isEqualTo(Result.SENT);
        }
        assertThat(TestSmtp.receivedBy(to)).hasSize(1);
    }

    @Test
    void anAddressMailCannotReachIsThatRecipientsPermanentFailure() {
        try (BulkMail.Connection c = bulk.open()) {
            BulkOutcome outcome = c.send(message("not an address@", "Hello"));
            assertThat(outcome.result()).isEqualTo(Result.PERMANENT);
            assertThat(outcome.detail()).contains("not an address@");
        }
    }

    static BulkMessage message(String to, String subject) {
        return new BulkMessage(to, "briefing@news.example.org", "The Test Herald", null, subject, "Hello.", null,
                "<" + UUID.randomUUID() + "@news.example.org>", Instant.now(), List.of(), false, null);
    }
}
