package org.masthead.mail;

import com.github.kagkarlsson.scheduler.Scheduler;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.TestSmtp;
import org.masthead.mail.OutboxEntry.Status;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.mail.MailFixtures.address;
import static org.masthead.mail.MailFixtures.awaitEntry;
import static org.masthead.mail.MailFixtures.signInCode;

/**
 * Delivery against a real SMTP server (GreenMail, behind a relay that can fail on purpose), by the real
 * db-scheduler job; what a recipient receives and what an operator reads in the outbox. Run on H2 and on
 * PostgreSQL by the two subclasses.
 */
abstract class MailDeliveryContract {

    @Autowired MailService mail;
    @Autowired MailDelivery delivery;
    @Autowired MailRepository repo;
    @Autowired MutableClock clock;
    @Autowired Scheduler scheduler;

    @AfterEach
    void backToNormal() throws IOException {
        clock.reset();
        TestSmtp.faults().resume();
    }

    @Test
    void deliversWithTheHeadersARecipientSeesAndAnHtmlAlternativeInUtf8() throws Exception {
        String to = address("ana");
        String subject = "Grüße aus Zürich — 東京の支局へようこそ";
        String text = "Hallo Ünïcödé, you are invited to the newsroom.";
        long id = mail.send(new OutgoingMail(to, subject, text, "<p>Hallo <b>Ünïcödé</b>, welcome.</p>", "staff-invite"));

        MimeMessage m = TestSmtp.awaitMessageTo(to);
        OutboxEntry sent = awaitEntry(mail, id, e -> e.status() == Status.SENT);
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@news.example.org");
        assertThat(from.getPersonal()).isEqualTo("The Test Herald");
        assertThat(m.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(to);
        assertThat(m.getSubject()).isEqualTo(subject);
        assertThat(m.getHeader("Subject")[0]).as("encoded for 7-bit transport").startsWith("=?UTF-8?");
        assertThat(m.getSentDate().toInstant()).isEqualTo(sent.createdAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(m.getMessageID()).isEqualTo(sent.messageId()).matches("<[^@<>]+@news\\.example\\.org>");
        assertThat(m.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWithIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo(text);
        assertThat(parts.getBodyPart(1).getContentType()).startsWithIgnoringCase("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Hallo <b>Ünïcödé</b>, welcome.</p>");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isAfterOrEqualTo(sent.createdAt());
    }

    @Test
    void aMessageWithoutHtmlIsPlainUtf8Text() throws Exception {
        String to = address("ben");
        mail.send(new OutgoingMail(to, "Votre code", "Votre code est 271828 — valable dix minutes.", null, "sign-in-code"));

        MimeMessage m = TestSmtp.awaitMessageTo(to);
        assertThat(m.isMimeType("text/plain")).isTrue();
        assertThat(m.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(m.getContent()).isEqualTo("Votre code est 271828 — valable dix minutes.");
    }

    @Test
    void anSmtpOutageIsRiddenOutWithGrowingWaitsAndTheMessageArrivesAfterwards() throws Exception {
        String to = address("patient");
        TestSmtp.faults().refuseConnections();
        long id = mail.send(signInCode(to));

        OutboxEntry first = awaitEntry(mail, id, e -> e.attempts() == 1 && e.status() == Status.QUEUED);
        assertThat(first.lastError()).contains("Connection refused");
        Duration firstWait = Duration.between(first.lastAttemptAt(), first.nextAttemptAt());
        assertThat(firstWait).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(36));
        clock.advance(firstWait.plusSeconds(1));
        OutboxEntry second = awaitEntry(mail, id, e -> e.attempts() == 2 && e.status() == Status.QUEUED);
        Duration secondWait = Duration.between(second.lastAttemptAt(), second.nextAttemptAt());
        assertThat(secondWait).isGreaterThan(firstWait);

        TestSmtp.faults().resume();
        clock.advance(secondWait.plusSeconds(1));
        OutboxEntry sent = awaitEntry(mail, id, e -> e.status() == Status.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(TestSmtp.receivedBy(to)).hasSize(1);
    }

    @Test
    void aBusyMailboxIsTriedAgainLaterAndThenReceivesTheMessage() {
        String to = address("busy");
        TestSmtp.faults().failRecipient(to, "451 4.2.1 Mailbox busy, try again later", 1);
        long id = mail.send(signInCode(to));

        OutboxEntry deferred = awaitEntry(mail, id, e -> e.attempts() == 1 && e.status() == Status.QUEUED);
        assertThat(deferred.lastError()).contains("451 4.2.1 Mailbox busy, try again later");
        clock.advance(Duration.between(deferred.lastAttemptAt(), deferred.nextAttemptAt()).plusSeconds(1));
        assertThat(awaitEntry(mail, id, e -> e.status() == Status.SENT).attempts()).isEqualTo(2);
        assertThat(TestSmtp.receivedBy(to)).hasSize(1);
    }

    @Test
    void aPermanentRefusalFailsAtOnceWithTheServersReplyRecorded() {
        String to = address("gone");
        TestSmtp.faults().failRecipient(to, "550 5.1.1 No such mailbox here", Integer.MAX_VALUE);
        long id = mail.send(signInCode(to));

        OutboxEntry failed = awaitEntry(mail, id, e -> e.status() == Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("550 5.1.1 No such mailbox here");
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(TestSmtp.receivedBy(to)).isEmpty();
    }

    /**
     * The worst overlap: two workers that read the same due messages at the same moment (a node that stalled past
     * its job's heartbeat, and its successor) each try to claim and send every one of them.
     */
    @Test
    void twoWorkersHoldingTheSameDueMessagesNeverSendOneTwice() throws Exception {
        pauseTheJob(); // it would be a third worker; two racing by hand are easier to count
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> crowd = IntStream.range(0, 45).mapToObj(i -> address("crowd" + i)).toList();
            List<Long> ids = crowd.stream().map(to -> mail.send(signInCode(to))).toList();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> workers = List.of(pool.submit(() -> race(go, ids)), pool.submit(() -> race(go, ids)));
            go.countDown();

            assertThat(workers.get(0).get(60, TimeUnit.SECONDS) + workers.get(1).get(60, TimeUnit.SECONDS)).isEqualTo(45);
            crowd.forEach(to -> assertThat(TestSmtp.receivedBy(to)).as(to).hasSize(1));
            ids.forEach(id -> assertThat(mail.find(id).orElseThrow()).extracting(OutboxEntry::status, OutboxEntry::attempts)
                    .containsExactly(Status.SENT, 1));
        } finally {
            pool.shutdownNow();
            scheduler.resume();
        }
    }

    @Test
    void aMessageWhoseWorkerDiedMidSendIsSentAgainOnceTheClaimLapsesAndTheDeadWorkerCannotOverwriteIt() {
        String to = address("orphan");
        long id;
        pauseTheJob();
        try {
            id = mail.send(signInCode(to));
            Instant now = clock.instant();
            assertThat(repo.claim(id, "worker-that-died", now, now.plus(Duration.ofMinutes(15)))).isTrue();
        } finally {
            scheduler.resume();
        }
        delivery.sendDue();
        assertThat(mail.find(id).orElseThrow().status()).as("held by its claim").isEqualTo(Status.SENDING);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        OutboxEntry sent = awaitEntry(mail, id, e -> e.status() == Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(TestSmtp.receivedBy(to)).hasSize(1);
        repo.failed(id, "worker-that-died", "a late outcome");
        assertThat(mail.find(id).orElseThrow().status()).isEqualTo(Status.SENT);
    }

    /** Stops db-scheduler from starting the send job, and waits for a run in progress to end. */
    private void pauseTheJob() {
        scheduler.pause();
        await().until(() -> scheduler.getCurrentlyExecuting().isEmpty());
    }

    private int race(CountDownLatch go, List<Long> due) throws InterruptedException {
        go.await();
        return delivery.send(due, clock.instant());
    }
}
