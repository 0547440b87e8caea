package org.masthead.newsletter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.members.ConsentRecord;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberData;
import org.masthead.members.MemberDeleted;
import org.masthead.members.MemberFixtures;
import org.masthead.paywall.PaywallFixtures;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.JdbcTimes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Subscriptions and sign-ups on H2 and PostgreSQL: one click each way, idempotent, every change one ledger record;
 * the lists' rules; double opt-in; the data download and account deletion.
 */
abstract class SubscribingContract {

    @Autowired ApplicationContext ctx;
    @Autowired Subscriptions subscriptions;
    @Autowired NewsletterLists lists;
    @Autowired Signups signups;
    @Autowired Consents consents;
    @Autowired MemberData data;
    @Autowired MutableClock clock;
    @Autowired JdbcClient db;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private List<ConsentRecord> ledger(long memberId, NewsletterList list) {
        return consents.history(memberId).stream().filter(c -> c.purpose().equals(list.purpose())).toList();
    }

    @Test
    void subscribingTwiceRecordsOnceAndEveryChangeIsOneLedgerRecord() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Breaking");
        Member m = MemberFixtures.member(ctx, "Sub Scriber");
        assertThat(subscriptions.subscribe(m.id(), list.id(), Subscriptions.ACCOUNT_PAGE)).isTrue();
        assertThat(subscriptions.subscribe(m.id(), list.id(), Subscriptions.ARTICLE_PAGE)).as("already on it").isFalse();
        assertThat(subscriptions.isSubscribed(m.id(), list.id())).isTrue();
        assertThat(subscriptions.listsOf(m.id())).containsExactly(list.id());
        assertThat(subscriptions.unsubscribe(m.id(), list.id(), Subscriptions.ONE_CLICK)).isTrue();
        assertThat(subscriptions.unsubscribe(m.id(), list.id(), Subscriptions.ONE_CLICK)).isFalse();
        assertThat(subscriptions.isSubscribed(m.id(), list.id())).isFalse();
        assertThat(subscriptions.listsOf(m.id())).isEmpty();

        List<ConsentRecord> records = ledger(m.id(), list);
        assertThat(records).extracting(ConsentRecord::granted).containsExactly(false, true);
        assertThat(records).extracting(ConsentRecord::source).containsExactly(Subscriptions.ONE_CLICK, Subscriptions.ACCOUNT_PAGE);
        assertThat(records).extracting(ConsentRecord::wordingId).containsOnly(lists.wordingOf(list).id());
    }

    @Test
    void anArchivedListTakesNobodyNewButLetsItsSubscribersLeave() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Closing");
        Member on = MemberFixtures.member(ctx, "On");
        Member late = MemberFixtures.member(ctx, "Late");
        subscriptions.subscribe(on.id(), list.id(), Subscriptions.ACCOUNT_PAGE);
        lists.archive(list.id());
        assertThatThrownBy(() -> subscriptions.subscribe(late.id(), list.id(), Subscriptions.ACCOUNT_PAGE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no longer sent");
        assertThat(ledger(late.id(), list)).isEmpty();
        assertThat(subscriptions.unsubscribe(on.id(), list.id(), Subscriptions.ACCOUNT_PAGE)).isTrue();
        assertThat(lists.active()).extracting(NewsletterList::id).doesNotContain(list.id());
    }

    @Test
    void aSubscribersOnlyListRefusesReadersWhoDoNotPay() {
        NewsletterList list = SubscriberFixtures.list(ctx, "Insider", ListKind.NEWS, Audience.SUBSCRIBERS);
        Member free = MemberFixtures.member(ctx, "Free");
        Member paying = MemberFixtures.member(ctx, "Paying");
        PaywallFixtures.comped(ctx, paying.id());
        assertThatThrownBy(() -> subscriptions.subscribe(free.id(), list.id(), Subscriptions.ACCOUNT_PAGE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is for subscribers");
        assertThat(subscriptions.isSubscribed(free.id(), list.id())).isFalse();
        assertThat(subscriptions.subscribe(paying.id(), list.id(), Subscriptions.ACCOUNT_PAGE)).isTrue();
    }

    @Test
    void anOffersListIsTheOffersConsentAndHasNoSubscriptionRows() {
        NewsletterList offers = SubscriberFixtures.list(ctx, "Offers", ListKind.OFFERS, Audience.EVERYONE);
        Member m = MemberFixtures.member(ctx, "Bargain Hunter");
        assertThat(subscriptions.subscribe(m.id(), offers.id(), Subscriptions.MANAGE_PAGE)).isTrue();
        assertThat(consents.granted(m.id(), Consents.OFFERS)).isTrue();
        assertThat(subscriptions.unsubscribe(m.id(), offers.id(), Subscriptions.ONE_CLICK)).isTrue();
        assertThat(consents.granted(m.id(), Consents.OFFERS)).isFalse();
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_subscription WHERE list_id = :l").param("l", offers.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void countsComeForEveryListAtOnce() {
        NewsletterList a = NewsletterFixtures.manualList(ctx, "Count A");
        NewsletterList b = NewsletterFixtures.manualList(ctx, "Count B");
        for (int i = 0; i < 3; i++) {
            Member m = MemberFixtures.member(ctx, "Counted " + i);
            subscriptions.subscribe(m.id(), a.id(), Subscriptions.ACCOUNT_PAGE);
            if (i == 0) {
                subscriptions.subscribe(m.id(), b.id(), Subscriptions.ACCOUNT_PAGE);
                subscriptions.unsubscribe(m.id(), b.id(), Subscriptions.ACCOUNT_PAGE);
            }
        }
        Map<Long, Long> counts = subscriptions.counts();
        assertThat(counts.get(a.id())).isEqualTo(3);
        assertThat(counts).doesNotContainKey(b.id());
        assertThat(subscriptions.countSubscribed(a.id())).isEqualTo(3);
    }

    @Test
    void renamingAListAddsAWordingVersionAndItsKindNeverChanges() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Evening");
        long first = lists.wordingOf(list).id();
        SaveList renamed = new SaveList(list.name() + " Extra", list.slug(), list.description(), list.kind(),
                list.cadence(), null, null, list.senderName(), list.senderAddress(), null, list.audience(), List.of());
        NewsletterList after = lists.update(list.id(), renamed);
        assertThat(lists.wordingOf(after).id()).isNotEqualTo(first);
        assertThat(lists.wordingOf(after).text()).contains(list.name() + " Extra");
        SaveList other = new SaveList(renamed.name(), renamed.slug(), "Now a new description", renamed.kind(),
                renamed.cadence(), null, null, renamed.senderName(), renamed.senderAddress(), null, renamed.audience(), List.of());
        assertThat(lists.wordingOf(lists.update(list.id(), other)).id()).as("same name, same wording")
                .isEqualTo(lists.wordingOf(after).id());
        SaveList offers = new SaveList(renamed.name(), renamed.slug(), "", ListKind.OFFERS, Cadence.MANUAL, null, null,
                renamed.senderName(), renamed.senderAddress(), null, Audience.EVERYONE, List.of());
        assertThatThrownBy(() -> lists.update(list.id(), offers)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSignUpSubscribesOnlyOnceItsLinkIsFollowedWithTheWordingShown() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Opt In");
        String email = MemberFixtures.freshEmail();
        long wording = lists.wordingOf(list).id();
        assertThat(signups.request("  " + email.toUpperCase() + " ", list.id(), wording, MemberFixtures.freshAddress()))
                .isEmpty();
        assertThat(db.sql("SELECT COUNT(*) FROM members_member WHERE email = :e").param("e", email).query(Long.class)
                .single()).as("no member before the link is followed").isZero();
        String token = SubscriberFixtures.confirmPath(ctx, email).substring("/newsletters/confirm/".length());
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_signup WHERE token_hash = :t").param("t", token)
                .query(Long.class).single()).as("only the token's hash is stored").isZero();
        assertThat(signups.pending(token)).hasValueSatisfying(p -> assertThat(p.maskedEmail()).endsWith("@example.org"));
        lists.update(list.id(), new SaveList(list.name() + " Renamed", list.slug(), list.description(), list.kind(),
                list.cadence(), null, null, list.senderName(), list.senderAddress(), null, list.audience(), List.of()));

        Signups.Confirmation c = signups.confirm(token);
        assertThat(c.status()).isEqualTo(Signups.Status.SUBSCRIBED);
        assertThat(subscriptions.isSubscribed(c.memberId(), list.id())).isTrue();
        assertThat(ledger(c.memberId(), list)).singleElement().satisfies(r -> {
            assertThat(r.wordingId()).as("the wording the form showed, not the newer one").isEqualTo(wording);
            assertThat(r.source()).isEqualTo("newsletter-sign-up");
        });
        assertThat(signups.confirm(token).status()).isEqualTo(Signups.Status.USED);
        assertThat(signups.pending(token)).isEmpty();
        assertThat(ledger(c.memberId(), list)).hasSize(1);
    }

    @Test
    void expiredForgedAndRefusedSignUpsChangeNothing() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Expiring");
        String email = MemberFixtures.freshEmail();
        signups.request(email, list.id(), lists.wordingOf(list).id(), MemberFixtures.freshAddress());
        String token = SubscriberFixtures.confirmPath(ctx, email).substring("/newsletters/confirm/".length());
        assertThat(signups.confirm(token + "x").status()).isEqualTo(Signups.Status.UNKNOWN);
        expire(email); // rather than move the shared clock, which would publish other tests' scheduled stories
        assertThat(signups.confirm(token).status()).isEqualTo(Signups.Status.EXPIRED);
        assertThat(db.sql("SELECT COUNT(*) FROM members_member WHERE email = :e").param("e", email).query(Long.class)
                .single()).isZero();
        assertThat(signups.prune()).isPositive();
        assertThat(signups.confirm(token).status()).isEqualTo(Signups.Status.UNKNOWN);

        assertThatThrownBy(() -> signups.request("not an address", list.id(), lists.wordingOf(list).id(), "203.0.113.9"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("email");
        NewsletterList paid = SubscriberFixtures.list(ctx, "Paid", ListKind.NEWS, Audience.SUBSCRIBERS);
        assertThatThrownBy(() -> signups.request(email, paid.id(), lists.wordingOf(paid).id(), "203.0.113.9"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("list");
    }

    /** Makes the address's sign-ups as old as their lifetime. */
    private void expire(String email) {
        db.sql("UPDATE newsletter_signup SET expires_at = :at WHERE email = :e")
                .param("at", JdbcTimes.ts(clock.instant().minusSeconds(1))).param("e", email).update();
    }

    @Test
    void theSameAnswerForAnyAddressUntilTooManySignUps() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Throttled");
        long wording = lists.wordingOf(list).id();
        String email = MemberFixtures.member(ctx, "Known").email();
        for (int i = 0; i < Signups.LIMITS.perAccount(); i++) {
            assertThat(signups.request(email, list.id(), wording, MemberFixtures.freshAddress())).isEmpty();
        }
        assertThat(signups.request(email, list.id(), wording, MemberFixtures.freshAddress())).isPresent();
        assertThat(signups.request(MemberFixtures.freshEmail(), list.id(), wording, MemberFixtures.freshAddress())).isEmpty();
    }

    @Test
    void theDownloadListsSubscriptionsAndDeletionForgetsThemAndTheAddressSignUps() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Kept");
        Member m = MemberFixtures.member(ctx, "Leaving");
        subscriptions.subscribe(m.id(), list.id(), Subscriptions.ACCOUNT_PAGE);
        signups.request(m.email(), list.id(), lists.wordingOf(list).id(), MemberFixtures.freshAddress());
        assertThat((List<?>) data.download(m.id()).get("newsletters")).singleElement().satisfies(item -> {
            SubscriberData.Item i = (SubscriberData.Item) item;
            assertThat(i.newsletter()).isEqualTo(list.name());
            assertThat(i.subscribed()).isTrue();
            assertThat(i.source()).isEqualTo("account-page");
        });

        tx.executeWithoutResult(t -> events.publishEvent(new MemberDeleted(m.id(), m.email()))); // as members does
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_subscription WHERE member_id = :m").param("m", m.id())
                .query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT COUNT(*) FROM newsletter_signup WHERE email = :e").param("e", m.email())
                .query(Long.class).single()).isZero();
        assertThat(subscriptions.listsOf(m.id())).isEmpty();
        assertThat(ledger(m.id(), list)).as("the ledger keeps its records").hasSize(1);
    }
}
