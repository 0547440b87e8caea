package org.masthead.mail;

import org.junit.jupiter.api.Test;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.masthead.TestSmtp;
import org.masthead.mail.OutboxEntry.Status;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.InvalidInputException.FieldError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.mail.MailFixtures.address;
import static org.masthead.mail.MailFixtures.awaitEntry;
import static org.masthead.mail.MailFixtures.signInCode;

/**
 * Accepting, listing, pruning and counting messages: the outbox as callers, the staff outbox page and Prometheus
 * see it. Run on H2 and on PostgreSQL by the two subclasses.
 */
abstract class MailOutboxContract {

    @Autowired MailService mail;
    @Autowired MailDelivery delivery;
    @Autowired MutableClock clock;
    @Autowired JdbcClient db;
    @Autowired TransactionTemplate tx;
    @LocalManagementPort int managementPort;

    @Test
    void aMessageAcceptedInATransactionThatRollsBackIsNeverSent() {
        String ghost = address("ghost");
        String witness = address("witness");
        long ghostId = tx.execute(status -> {
            long id = mail.send(signInCode(ghost));
            status.setRollbackOnly();
            return id;
        });
        mail.send(signInCode(witness));

        TestSmtp.awaitMessageTo(witness); // the worker has run since the rollback
        delivery.sendDue();
        assertThat(mail.find(ghostId)).isEmpty();
        assertThat(TestSmtp.receivedBy(ghost)).isEmpty();
    }

    @Test
    void badAddressesAreRefusedNamingTheFieldAndNothingIsStored() {
        long before = db.sql("SELECT COUNT(*) FROM mail_message").query(Long.class).single();
        for (String bad : List.of("reader.example.org", "reader@example.org\r\nBcc: all@example.org", "Ed <ed@example.org>", "")) {
            assertThatThrownBy(() -> mail.send(signInCode(bad))).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("to"));
        }
        assertThat(db.sql("SELECT COUNT(*) FROM mail_message").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theOutboxListsNewestFirstWithTheTextBody() {
        long older = mail.send(signInCode(address("first")));
        long newer = mail.send(new OutgoingMail(address("second"), "Invitation", "Join the desk.", null, "staff-invite"));

        List<OutboxEntry> recent = mail.recent(2);
        assertThat(recent).extracting(OutboxEntry::id).containsExactly(newer, older);
        assertThat(recent.get(0)).extracting(OutboxEntry::subject, OutboxEntry::kind, OutboxEntry::text)
                .containsExactly("Invitation", "staff-invite", "Join the desk.");
    }

    @Test
    void sentMessagesArePrunedAfterTheRetentionWhileFailedOnesStayForTheOperator() {
        String refused = address("refused");
        TestSmtp.faults().failRecipient(refused, "550 5.7.1 Refused", Integer.MAX_VALUE);
        long sent = mail.send(signInCode(address("pruned")));
        long failed = mail.send(signInCode(refused));
        awaitEntry(mail, sent, e -> e.status() == Status.SENT);
        awaitEntry(mail, failed, e -> e.status() == Status.FAILED);
        Instant retentionEnds = clock.instant().plus(Duration.ofDays(30));

        mail.prune(retentionEnds.minus(Duration.ofMinutes(1)));
        assertThat(mail.find(sent)).isPresent();
        mail.prune(retentionEnds.plus(Duration.ofMinutes(1)));
        assertThat(mail.find(sent)).isEmpty();
        assertThat(mail.find(failed)).isPresent();
    }

    @Test
    void outcomesAreCountedByKindForPrometheus() {
        String gone = address("counted-gone");
        TestSmtp.faults().failRecipient(gone, "550 5.1.1 No such mailbox", Integer.MAX_VALUE);
        awaitEntry(mail, mail.send(new OutgoingMail(address("counted"), "Counted", "One.", null, "metrics-probe")), e -> e.status() == Status.SENT);
        awaitEntry(mail, mail.send(new OutgoingMail(gone, "Counted", "Two.", null, "metrics-probe")), e -> e.status() == Status.FAILED);

        String metrics = new Http(managementPort).get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("masthead_mail_messages_total\\{[^}]*kind=\"metrics-probe\",outcome=\"sent\"} 1\\.0")
                .containsPattern("masthead_mail_messages_total\\{[^}]*kind=\"metrics-probe\",outcome=\"failed\"} 1\\.0");
    }
}
