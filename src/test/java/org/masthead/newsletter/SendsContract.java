package org.masthead.newsletter;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.TestSmtp;
import org.masthead.mail.BulkMail;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.paywall.PaywallFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masthead.newsletter.SendFixtures.awaitEnd;
import static org.masthead.newsletter.SendFixtures.subscribe;
import static org.masthead.newsletter.SendFixtures.subscribers;

/**
 * Sends from start to report against a real SMTP server, on H2 and PostgreSQL: who receives what, with which
 * headers and links, how candidates who left meanwhile are excluded, and what the mail server's refusals do.
 */
abstract class SendsContract {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("<(https://news\\.example\\.org/newsletters/unsubscribe/([^>]+))>");

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired Sends sends;
    @Autowired SendRepository sendRows;
    @Autowired DeliveryRepository deliveries;
    @Autowired SendWorkers workers;
    @Autowired SendPreparation preparation;
    @Autowired NewsletterLinks links;
    @Autowired Consents consents;
    @Autowired Suppressions suppressions;
    @Autowired MutableClock clock;
    @Autowired JdbcClient db;
    @Autowired SendWorker worker;
    @Autowired BatchRepository batches;
    @Autowired BulkMail bulk;

    @AfterEach
    void backToNormal() throws IOException {
        clock.reset();
        workers.resume();
        TestSmtp.faults().resume();
    }

    @Test
    void everySubscriberGetsTheIssueOnceWithTheirOwnLinksAndOneClickUnsubscribeHeaders() throws Exception {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Breaking");
        List<Member> readers = subscribers(ctx, list, 3);
        Member left = MemberFixtures.member(ctx, "Left");
        subscribe(ctx, list, left.id(), false);
        long issue = NewsletterFixtures.issue(ctx, list, "Harbour reopens", "m1");

        Send done = awaitEnd(ctx, sends.start(issue, null));

        assertThat(done.state()).isEqualTo(SendState.DONE);
        assertThat(List.of(done.candidates(), done.sent(), done.failed(), done.excluded())).containsExactly(3, 3, 0, 0);
        assertThat(TestSmtp.receivedBy(left.email())).isEmpty();
        for (Member r : readers) {
            List<MimeMessage> got = TestSmtp.receivedBy(r.email());
            assertThat(got).hasSize(1);
            MimeMessage m = got.get(0);
            assertThat(m.getSubject()).isEqualTo("Harbour reopens");
            InternetAddress from = (InternetAddress) m.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("newsletters@example.org");
            assertThat(from.getPersonal()).isEqualTo("The Test Herald");
            Matcher link = UNSUBSCRIBE.matcher(m.getHeader("List-Unsubscribe")[0]);
            assertThat(link.matches()).isTrue();
            assertThat(links.unsubscribeHolder(link.group(2))).contains(new NewsletterLinks.Holder(r.id(), list.id()));
            assertThat(m.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            assertThat(m.getHeader("List-Id")).containsExactly("<" + list.slug() + ".news.example.org>");
            MimeMultipart parts = (MimeMultipart) m.getContent();
            String text = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            assertThat(text).contains("Excerpt m1", "Unsubscribe: " + link.group(1), "Manage: " + links.manageUrl(r.id()));
            assertThat(html).contains("href=\"" + link.group(1) + "\"").doesNotContain("%%");
        }
    }

    @Test
    void subscribersGetTheWholeTextAndEveryoneElseTheExcerpt() throws Exception {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Premium briefing");
        List<Member> readers = subscribers(ctx, list, 2);
        PaywallFixtures.comped(ctx, readers.get(0).id());
        long issue = NewsletterFixtures.issue(ctx, list, "Inside the deal", "m2");

        awaitEnd(ctx, sends.start(issue, null));

        assertThat(body(readers.get(0))).contains("Whole text m2").doesNotContain("Excerpt m2");
        assertThat(body(readers.get(1))).contains("Excerpt m2").doesNotContain("Whole text m2");
    }

    @Test
    void aSubscribersOnlyListReachesOnlyThoseWhoStillPayWhenTheirBatchGoes() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Members' letter");
        db.sql("UPDATE newsletter_list SET audience = 'SUBSCRIBERS' WHERE id = :id").param("id", list.id()).update();
        List<Member> readers = subscribers(ctx, list, 2);
        PaywallFixtures.comped(ctx, readers.get(0).id());

        Send done = awaitEnd(ctx, sends.start(NewsletterFixtures.issue(ctx, list, "For subscribers", "m15"), null));
        assertThat(List.of(done.sent(), done.excluded())).containsExactly(1, 1);
        assertThat(TestSmtp.receivedBy(readers.get(0).email())).hasSize(1);
        assertThat(TestSmtp.receivedBy(readers.get(1).email())).isEmpty();
        assertThat(reasons(done.id())).containsExactly("not-a-subscriber");
    }

    @Test
    void startingAnIssueTwiceIsOneSend() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Twice");
        Member reader = subscribers(ctx, list, 1).get(0);
        long issue = NewsletterFixtures.issue(ctx, list, "Only once", "m3");

        long first = sends.start(issue, null);
        assertThat(sends.start(issue, null)).isEqualTo(first);
        awaitEnd(ctx, first);
        assertThat(sends.start(issue, null)).isEqualTo(first);
        assertThat(TestSmtp.receivedBy(reader.email())).hasSize(1);
    }

    @Test
    void candidatesAreWrittenInBatchesBeforeAnythingIsSent() throws Exception {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Batched");
        List<Member> readers = subscribers(ctx, list, 12);
        long id = preparedButNotSent(NewsletterFixtures.issue(ctx, list, "In batches", "m4"));

        assertThat(sendRows.find(id).orElseThrow()).extracting(Send::state, Send::candidates)
                .containsExactly(SendState.SENDING, 12);
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_batch WHERE send_id = :s").param("s", id).query(Integer.class).single())
                .as("batches of 5").isEqualTo(3);
        assertThat(deliveries.totals(id)).isEqualTo(new Totals(12, 0, 0, 0, 12, 0));
        readers.forEach(r -> assertThat(TestSmtp.receivedBy(r.email())).isEmpty());

        workers.resume();
        assertThat(awaitEnd(ctx, id).sent()).isEqualTo(12);
        readers.forEach(r -> assertThat(TestSmtp.receivedBy(r.email())).hasSize(1));
    }

    @Test
    void candidatesWhoLeftBeforeTheirBatchWentAreExcludedWithTheReason() throws Exception {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Leavers");
        List<Member> readers = subscribers(ctx, list, 5);
        long id = preparedButNotSent(NewsletterFixtures.issue(ctx, list, "Some left", "m5"));
        subscribe(ctx, list, readers.get(0).id(), false);
        suppressions.suppress("  " + readers.get(1).email().toUpperCase() + " ", Suppression.Reason.COMPLAINT, "spam report", null);
        workers.resume();

        Send done = awaitEnd(ctx, id);
        assertThat(List.of(done.candidates(), done.sent(), done.failed(), done.excluded())).containsExactly(5, 3, 0, 2);
        assertThat(TestSmtp.receivedBy(readers.get(0).email())).isEmpty();
        assertThat(TestSmtp.receivedBy(readers.get(1).email())).isEmpty();
        assertThat(reasons(id)).containsExactlyInAnyOrder("unsubscribed", "suppressed");
    }

    @Test
    void offersGoOnlyToMembersWhoseLatestOffersConsentIsAGrantWhenTheirBatchGoes() throws Exception {
        NewsletterList offers = NewsletterFixtures.list(ctx, "Offers", Cadence.MANUAL, null, null, List.of());
        db.sql("UPDATE newsletter_list SET kind = 'OFFERS' WHERE id = :id").param("id", offers.id()).update();
        offers = ctx.getBean(NewsletterLists.class).require(offers.id());
        long wording = consents.currentWording(Consents.OFFERS).id();
        Member grants = MemberFixtures.member(ctx, "Grants");
        Member withdrewBefore = MemberFixtures.member(ctx, "Withdrew before");
        Member withdrawsDuring = MemberFixtures.member(ctx, "Withdraws during");
        Member never = MemberFixtures.member(ctx, "Never asked");
        for (Member m : List.of(grants, withdrewBefore, withdrawsDuring)) {
            consents.record(m.id(), Consents.OFFERS, true, "test", wording);
        }
        consents.record(withdrewBefore.id(), Consents.OFFERS, false, "test", wording);
        long id = preparedButNotSent(NewsletterFixtures.issue(ctx, offers, "Half price this week", "m6"));
        consents.record(withdrawsDuring.id(), Consents.OFFERS, false, "test", wording);
        workers.resume();

        Send done = awaitEnd(ctx, id);
        assertThat(TestSmtp.receivedBy(grants.email())).hasSize(1);
        assertThat(TestSmtp.receivedBy(withdrewBefore.email())).isEmpty();
        assertThat(TestSmtp.receivedBy(withdrawsDuring.email())).isEmpty();
        assertThat(TestSmtp.receivedBy(never.email())).isEmpty();
        assertThat(db.sql("SELECT reason FROM newsletter_delivery WHERE send_id = :s AND member_id = :m")
                .param("s", id).param("m", withdrawsDuring.id()).query(String.class).single()).isEqualTo("no-offers-consent");
        assertThat(done.candidates()).isEqualTo(done.sent() + done.failed() + done.excluded());
    }

    @Test
    void aPermanentRefusalFailsThatRecipientAndSuppressesTheAddressForTheNextSend() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Bounces");
        List<Member> readers = subscribers(ctx, list, 2);
        String gone = readers.get(0).email();
        TestSmtp.faults().failRecipient(gone, "550 5.1.1 No such mailbox here", Integer.MAX_VALUE);

        Send first = awaitEnd(ctx, sends.start(NewsletterFixtures.issue(ctx, list, "First", "m7"), null));
        assertThat(List.of(first.sent(), first.failed())).containsExactly(1, 1);
        assertThat(db.sql("SELECT detail FROM newsletter_delivery WHERE send_id = :s AND outcome = 'FAILED'")
                .param("s", first.id()).query(String.class).single()).contains("550", "No such mailbox here");
        assertThat(suppressions.search(gone, 5)).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(Suppression.Reason.BOUNCE);
            assertThat(s.detail()).contains("550 5.1.1 No such mailbox here");
        });

        Send second = awaitEnd(ctx, sends.start(NewsletterFixtures.issue(ctx, list, "Second", "m8"), null));
        assertThat(List.of(second.sent(), second.failed(), second.excluded())).containsExactly(1, 0, 1);
        assertThat(reasons(second.id())).containsExactly("suppressed");
    }

    @Test
    void anAddressNoMessageCanBeWrittenToFailsThatRecipientAloneAndSuppressesNothing() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Odd address");
        List<Member> readers = subscribers(ctx, list, 2);
        String odd = "odd\r\nBcc: victim@example.org";
        db.sql("UPDATE members_member SET email = :e WHERE id = :id").param("e", odd).param("id", readers.get(0).id()).update();

        Send done = awaitEnd(ctx, sends.start(NewsletterFixtures.issue(ctx, list, "Odd", "m16"), null));
        assertThat(List.of(done.state(), done.sent(), done.failed())).containsExactly(SendState.DONE, 1, 1);
        assertThat(db.sql("SELECT reason FROM newsletter_delivery WHERE send_id = :s AND outcome = 'FAILED'")
                .param("s", done.id()).query(String.class).single()).isEqualTo("invalid-address");
        assertThat(TestSmtp.receivedBy("victim@example.org")).isEmpty();
        assertThat(TestSmtp.receivedBy(readers.get(1).email())).hasSize(1);
    }

    @Test
    void aTemporaryRefusalIsTriedAgainAfterABackoffAndThenDelivered() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Busy");
        Member busy = subscribers(ctx, list, 1).get(0);
        TestSmtp.faults().failRecipient(busy.email(), "451 4.2.1 Mailbox busy, try again later", 1);
        long id = sends.start(NewsletterFixtures.issue(ctx, list, "Patience", "m9"), null);

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.totals(id).retrying() == 1);
        assertThat(sendRows.find(id).orElseThrow().state()).isEqualTo(SendState.SENDING);
        assertThat(TestSmtp.receivedBy(busy.email())).isEmpty();
        clock.advance(Duration.ofMinutes(2));

        Send done = awaitEnd(ctx, id);
        assertThat(done.sent()).isEqualTo(1);
        assertThat(TestSmtp.receivedBy(busy.email())).hasSize(1);
        assertThat(db.sql("SELECT attempts FROM newsletter_delivery WHERE send_id = :s").param("s", id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anSmtpOutageMakesTheSendWaitVisiblyAndItGoesOnByItselfOnceTheServerIsBack() throws Exception {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Outage");
        List<Member> readers = subscribers(ctx, list, 4);
        TestSmtp.faults().refuseConnections();
        long id = sends.start(NewsletterFixtures.issue(ctx, list, "Through the storm", "m10"), null);

        Send waiting = await().atMost(Duration.ofSeconds(20)).until(() -> sendRows.find(id).orElseThrow(),
                s -> s.lastError() != null);
        assertThat(waiting.state()).isEqualTo(SendState.SENDING);
        assertThat(waiting.lastError()).contains("cannot be reached", "Connection refused");

        TestSmtp.faults().resume();
        clock.advance(Duration.ofMinutes(5));
        Send done = awaitEnd(ctx, id);
        assertThat(done.state()).isEqualTo(SendState.DONE);
        assertThat(done.lastError()).isNull();
        readers.forEach(r -> assertThat(TestSmtp.receivedBy(r.email())).hasSize(1));
    }

    @Test
    void aSenderNameCarryingAHeaderInjectionFailsTheSendVisiblyAndAddsNoHeaderToAnyMessage() throws Exception {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Injected");
        Member reader = subscribers(ctx, list, 1).get(0);
        String victim = MemberFixtures.freshEmail();
        db.sql("UPDATE newsletter_list SET sender_name = :n WHERE id = :id")
                .param("n", "Herald\r\nBcc: " + victim).param("id", list.id()).update();
        long id = sends.start(NewsletterFixtures.issue(ctx, list, "Injected", "m11"), null);

        Send failed = awaitEnd(ctx, id);
        assertThat(failed.state()).isEqualTo(SendState.FAILED);
        assertThat(failed.lastError()).contains("line break");
        assertThat(TestSmtp.receivedBy(reader.email())).isEmpty();
        assertThat(TestSmtp.receivedBy(victim)).isEmpty();
        assertThat(deliveries.totals(id).pending()).isEqualTo(1);

        db.sql("UPDATE newsletter_list SET sender_name = 'The Test Herald' WHERE id = :id").param("id", list.id()).update();
        assertThat(sends.resume(id)).isTrue();
        assertThat(awaitEnd(ctx, id).state()).isEqualTo(SendState.DONE);
        MimeMessage m = TestSmtp.awaitMessageTo(reader.email());
        assertThat(m.getHeader("Bcc")).isNull();
    }

    @Test
    void aReadersSendHistoryIsInTheirDataDownloadAndTheirAddressGoesWithTheirAccountWhileTheCountsStay() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "History");
        List<Member> readers = subscribers(ctx, list, 2);
        Member reader = readers.get(0);
        Send done = awaitEnd(ctx, sends.start(NewsletterFixtures.issue(ctx, list, "Kept for the record", "m14"), null));

        String download = MemberFixtures.signedIn(port, reader).get("/account/data.json").body();
        assertThat(download).contains("\"newsletterDeliveries\"", "\"issue\":\"Kept for the record\"",
                "\"list\":\"" + list.name() + "\"", "\"outcome\":\"sent\"", reader.email());

        assertThat(MemberFixtures.deletedAfterGrace(ctx, reader)).isGreaterThanOrEqualTo(1);
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_delivery WHERE address IS NOT NULL AND member_id = :m")
                .param("m", reader.id()).query(Integer.class).single()).isZero();
        assertThat(deliveries.totals(done.id())).isEqualTo(new Totals(2, 2, 0, 0, 0, 0));
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_delivery WHERE address = :a").param("a", readers.get(1).email())
                .query(Integer.class).single()).as("other readers keep theirs").isEqualTo(1);
    }

    /** The worst overlap: two workers that found the same due batches at the same moment both try each of them. */
    @Test
    void twoWorkersRacingForTheSameBatchesNeverSendOneTwice() throws Exception {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Race");
        List<Member> readers = subscribers(ctx, list, 20);
        long id = preparedButNotSent(NewsletterFixtures.issue(ctx, list, "Raced", "m12"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> racers = List.of(pool.submit(() -> race(go)), pool.submit(() -> race(go)));
            go.countDown();
            assertThat(racers.get(0).get(60, TimeUnit.SECONDS) + racers.get(1).get(60, TimeUnit.SECONDS))
                    .as("batches sent, by either").isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        readers.forEach(r -> assertThat(TestSmtp.receivedBy(r.email())).as(r.email()).hasSize(1));
        worker.finishCompleted();
        assertThat(sendRows.find(id).orElseThrow()).extracting(Send::state, Send::sent).containsExactly(SendState.DONE, 20);
    }

    @Test
    void aBatchWhoseWorkerDiedIsTakenOverOnceItsClaimLapsesAndTheDeadWorkerCanNoLongerWrite() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Orphan");
        List<Member> readers = subscribers(ctx, list, 3);
        long id = preparedButNotSent(NewsletterFixtures.issue(ctx, list, "Orphaned", "m13"));
        long batch = db.sql("SELECT id FROM newsletter_batch WHERE send_id = :s").param("s", id).query(Long.class).single();
        var now = clock.instant();
        assertThat(batches.claim(batch, "worker-that-died", now, now.plus(Duration.ofMinutes(2)))).isTrue();
        workers.resume();

        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> deliveries.totals(id).pending() == 3);
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        assertThat(awaitEnd(ctx, id).sent()).isEqualTo(3);
        readers.forEach(r -> assertThat(TestSmtp.receivedBy(r.email())).hasSize(1));
        assertThat(batches.renew(batch, "worker-that-died", clock.instant().plusSeconds(60))).isFalse();
    }

    /** Starts the issue's send with the workers paused and writes every candidate; the workers stay paused. */
    private long preparedButNotSent(long issue) {
        workers.pause();
        long id = sends.start(issue, null);
        while (preparation.prepareNextPage()) {
            // a page at a time
        }
        return id;
    }

    private int race(CountDownLatch go) throws Exception {
        go.await();
        int batchesSent = 0;
        try (BulkMail.Connection connection = bulk.open()) {
            while (worker.sendNext(connection, () -> false)) {
                batchesSent++;
            }
        }
        return batchesSent;
    }

    private List<String> reasons(long sendId) {
        return db.sql("SELECT reason FROM newsletter_delivery WHERE send_id = :s AND outcome = 'EXCLUDED'")
                .param("s", sendId).query(String.class).list();
    }

    private static String body(Member reader) throws Exception {
        MimeMessage m = TestSmtp.awaitMessageTo(reader.email());
        return (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
    }
}
