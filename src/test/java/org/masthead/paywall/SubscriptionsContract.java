package org.masthead.paywall;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.members.Member;
import org.masthead.members.MemberAccounts;
import org.masthead.members.MemberData;
import org.masthead.members.MemberFixtures;
import org.masthead.platform.ChangeFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.paywall.StripeWebhookSender.checkoutSession;
import static org.masthead.paywall.StripeWebhookSender.event;
import static org.masthead.paywall.StripeWebhookSender.invoice;
import static org.masthead.paywall.StripeWebhookSender.newId;
import static org.masthead.paywall.StripeWebhookSender.subscription;

/**
 * Subscriptions driven by Stripe's webhooks, signed here with the test secret, and granted by hand; what
 * {@link Entitlements} answers after each. On H2 and PostgreSQL.
 */
abstract class SubscriptionsContract {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired Entitlements entitlements;
    @Autowired SubscriptionRepository subscriptions;
    @Autowired CustomerRepository customers;
    @Autowired Lapses lapses;
    @Autowired Comps comps;
    @Autowired ChangeFeed feed;
    @Autowired JdbcClient db;
    @Autowired MutableClock clock;
    @Autowired MemberData data;
    @Autowired MemberAccounts accounts;

    StripeWebhookSender stripe;
    Plan plan;
    Member reader;
    long member;
    String sub;
    String customer;
    long t0;

    @BeforeEach
    void setUp() {
        stripe = new StripeWebhookSender(port, clock);
        plan = PaywallFixtures.plan(ctx);
        reader = MemberFixtures.member(ctx, "Paying Reader");
        member = reader.id();
        sub = newId("sub_");
        customer = newId("cus_");
        t0 = clock.instant().getEpochSecond();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    HttpResponse<String> deliver(String type, long created, String object) {
        return stripe.send(event(newId("evt_"), type, created, object));
    }

    HttpResponse<String> subscriptionEvent(String type, long created, String status) {
        return deliver(type, created, subscription(sub, customer, status, member, plan.monthlyPriceId(), t0 + 30 * 86400));
    }

    @Test
    void aSubscriptionCreatedActiveMakesTheMemberASubscriberOfItsPlan() {
        assertThat(entitlements.of(member)).isEqualTo(Entitlement.NONE);

        HttpResponse<String> r = subscriptionEvent("customer.subscription.created", t0, "active");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("applied");
        Entitlement e = entitlements.of(member);
        assertThat(e.subscriber()).isTrue();
        assertThat(e.planName()).isEqualTo(plan.name());
        assertThat(e.state()).isEqualTo("active");
        assertThat(e.until()).isEqualTo(Instant.ofEpochSecond(t0 + 30 * 86400));
        assertThat(customers.customerOf(member)).hasValue(customer);
    }

    @Test
    void aDuplicateDeliveryChangesNothing() {
        String payload = event(newId("evt_"), "customer.subscription.created", t0, subscription(sub, customer, "active",
                member, plan.monthlyPriceId(), t0 + 86400));
        assertThat(stripe.send(payload).body()).isEqualTo("applied");
        subscriptionEvent("customer.subscription.deleted", t0 + 5, "canceled");

        HttpResponse<String> again = stripe.send(payload);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("duplicate");
        assertThat(subscriptions.forMember(member)).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(SubscriptionState.CANCELED));
    }

    @Test
    void aBadSignatureOrAStaleTimestampIsRefusedAndChangesNothing() {
        String payload = event(newId("evt_"), "customer.subscription.created", t0,
                subscription(sub, customer, "active", member, plan.monthlyPriceId(), t0 + 86400));
        long now = clock.instant().getEpochSecond();

        assertThat(stripe.send(payload, StripeWebhookSender.signature(payload, "whsec_not_ours", now)).statusCode()).isEqualTo(400);
        assertThat(stripe.send(payload.replace("active", "trialing"), StripeWebhookSender.signature(payload,
                StripeWebhookSender.SECRET, now)).statusCode()).isEqualTo(400);
        assertThat(stripe.send(payload, null).statusCode()).isEqualTo(400);
        HttpResponse<String> stale = stripe.send(payload, StripeWebhookSender.signature(payload,
                StripeWebhookSender.SECRET, now - Duration.ofMinutes(6).toSeconds()));
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("tolerance");
        assertThat(stripe.send("{not json", StripeWebhookSender.signature("{not json", StripeWebhookSender.SECRET, now))
                .statusCode()).isEqualTo(400);

        assertThat(subscriptions.forMember(member)).isEmpty();
        assertThat(entitlements.of(member).subscriber()).isFalse();
        assertThat(stripe.send(payload).body()).as("the refused deliveries did not use up the event id").isEqualTo("applied");
    }

    @Test
    void checkoutCompletedLinksTheMembersCustomerAndStartsTheTrial() {
        deliver("checkout.session.completed", t0, checkoutSession(sub, customer, member, "no_payment_required"));

        assertThat(entitlements.of(member).state()).isEqualTo("trialing");
        assertThat(customers.customerOf(member)).hasValue(customer);

        subscriptionEvent("customer.subscription.updated", t0 + 60, "active");
        assertThat(entitlements.of(member).state()).isEqualTo("active");
        assertThat(entitlements.of(member).planName()).isEqualTo(plan.name());
        assertThat(subscriptions.forMember(member)).hasSize(1);
    }

    @Test
    void aCancelledSubscriptionEndsTheEntitlementAndStaysEnded() {
        subscriptionEvent("customer.subscription.created", t0, "active");
        subscriptionEvent("customer.subscription.deleted", t0 + 100, "canceled");

        assertThat(entitlements.of(member)).satisfies(e -> {
            assertThat(e.subscriber()).isFalse();
            assertThat(e.state()).isEqualTo("canceled");
            assertThat(e.planName()).isEqualTo(plan.name());
        });
        subscriptionEvent("customer.subscription.updated", t0 + 200, "active");
        assertThat(entitlements.of(member).subscriber()).as("Stripe never revives a canceled subscription").isFalse();
    }

    @Test
    void aFailedPaymentGivesAGracePeriodThenTheSubscriptionLapses() {
        subscriptionEvent("customer.subscription.created", t0, "active");
        deliver("invoice.payment_failed", t0 + 10, invoice(sub, customer, t0 + 86400));

        Entitlement inGrace = entitlements.of(member);
        assertThat(inGrace.subscriber()).isTrue();
        assertThat(inGrace.state()).isEqualTo("past_due");
        assertThat(inGrace.until()).isEqualTo(Instant.ofEpochSecond(t0 + 10).plus(Duration.ofDays(7)));

        clock.advance(Duration.ofDays(6));
        assertThat(entitlements.of(member).subscriber()).isTrue();
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(entitlements.of(member).subscriber()).as("grace ends on time, before any job runs").isFalse();
        assertThat(entitlements.of(member).state()).isEqualTo("lapsed");

        lapses.run();
        assertThat(subscriptions.forMember(member)).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(SubscriptionState.LAPSED));
        assertThat(lapses.run()).as("a second run lapses nothing twice").isZero();
    }

    @Test
    void aPaidInvoiceRecoversAPastDueSubscription() {
        subscriptionEvent("customer.subscription.created", t0, "active");
        deliver("invoice.payment_failed", t0 + 10, invoice(sub, customer, t0 + 86400));
        deliver("invoice.paid", t0 + 20, invoice(sub, customer, t0 + 40 * 86400));

        Entitlement e = entitlements.of(member);
        assertThat(e.state()).isEqualTo("active");
        assertThat(e.until()).isEqualTo(Instant.ofEpochSecond(t0 + 40 * 86400));
        assertThat(subscriptions.forMember(member).get(0).graceUntil()).isNull();
    }

    @Test
    void eventsArrivingOutOfOrderEndInTheNewestState() {
        subscriptionEvent("customer.subscription.updated", t0 + 30, "past_due");
        subscriptionEvent("customer.subscription.created", t0, "incomplete");
        subscriptionEvent("customer.subscription.updated", t0 + 10, "active");
        assertThat(entitlements.of(member).state()).isEqualTo("past_due");

        subscriptionEvent("customer.subscription.updated", t0 + 60, "active");
        deliver("invoice.payment_failed", t0 + 40, invoice(sub, customer, t0 + 86400));
        assertThat(entitlements.of(member).state()).as("the late failure predates the recovery").isEqualTo("active");

        subscriptionEvent("customer.subscription.deleted", t0 + 90, "canceled");
        subscriptionEvent("customer.subscription.updated", t0 + 80, "active");
        assertThat(entitlements.of(member).state()).isEqualTo("canceled");
        assertThat(subscriptions.forMember(member)).hasSize(1);
    }

    @Test
    void eventsOfNoInterestOrForUnknownMembersAreAcknowledgedAndIgnored() {
        assertThat(deliver("customer.created", t0, "{\"id\":\"" + customer + "\",\"object\":\"customer\"}").body())
                .isEqualTo("ignored");
        String stranger = subscription(newId("sub_"), newId("cus_"), "active", member, "price_x", t0)
                .replace("\"metadata\":{\"member_id\":\"" + member + "\"}", "\"metadata\":{}");
        assertThat(deliver("customer.subscription.created", t0, stranger).body()).isEqualTo("ignored");
        assertThat(subscriptions.forMember(member)).isEmpty();
    }

    @Test
    void aCompEntitlesUntilTheEndOfItsLastDayInThePapersTimeZone() {
        String lastDay = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Kolkata")).plusDays(2).toString();
        comps.grant(1, Map.of("member", String.valueOf(member), "plan", String.valueOf(plan.id()), "endsOn", lastDay,
                "note", "Press pass"));

        Entitlement e = entitlements.of(member);
        assertThat(e.subscriber()).isTrue();
        assertThat(e.state()).isEqualTo("comped");
        assertThat(e.until()).isEqualTo(java.time.LocalDate.parse(lastDay).plusDays(1)
                .atStartOfDay(java.time.ZoneId.of("Asia/Kolkata")).toInstant());

        clock.advance(Duration.between(clock.instant(), e.until()).plusSeconds(1));
        assertThat(entitlements.of(member).subscriber()).isFalse();
        lapses.run();
        assertThat(subscriptions.forMember(member).get(0).state()).isEqualTo(SubscriptionState.LAPSED);
    }

    @Test
    void eachNodeKeepsEntitlementsUntilTheChangeFeedSaysTheyChanged() {
        assertThat(entitlements.of(member).subscriber()).isFalse();
        // another node's write: the row, without this node hearing of it
        subscriptions.insertComp(member, null, clock.instant().plus(Duration.ofDays(3)), "", 1, clock.instant());
        assertThat(entitlements.of(member).subscriber()).as("kept in memory, no database read").isFalse();

        feed.record(Entitlements.TOPIC, member);
        feed.poll();

        assertThat(entitlements.of(member).subscriber()).isTrue();
    }

    @Test
    void theReadersDataDownloadHoldsTheirSubscriptionsWithoutStripesIds() {
        subscriptionEvent("customer.subscription.created", t0, "active");
        comps.grant(1, Map.of("member", reader.email(), "endsOn", lastDay(30), "note", "Press pass"));

        Object section = data.download(member).get("subscriptions");

        assertThat(section).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
        assertThat(section.toString()).contains(plan.name(), "source=stripe", "state=active", "source=granted",
                "state=comped").doesNotContain(sub, customer, "Press pass");
    }

    @Test
    void deletingTheMemberCancelsTheirStripeSubscriptionEndsTheirCompAndForgetsTheirCustomer() {
        subscriptionEvent("customer.subscription.created", t0, "active");
        comps.grant(1, Map.of("member", String.valueOf(member), "endsOn", lastDay(30)));

        MemberFixtures.deletedAfterGrace(ctx, reader);

        assertThat(accounts.byId(member)).as("deleted").isEmpty();
        FakeStripe.Call cancel = FakeStripe.get().calls("/v1/subscriptions/" + sub).get(0);
        assertThat(cancel.method()).isEqualTo("DELETE");
        assertThat(subscriptions.forMember(member)).hasSize(2).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(SubscriptionState.CANCELED);
            assertThat(s.stripeCustomerId()).isNull();
        });
        assertThat(customers.customerOf(member)).isEmpty();
        assertThat(entitlements.of(member).subscriber()).isFalse();

        subscriptionEvent("customer.subscription.deleted", clock.instant().getEpochSecond(), "canceled");
        assertThat(customers.customerOf(member)).as("Stripe's late word links nobody again").isEmpty();
        assertThat(subscriptions.forMember(member)).allSatisfy(s -> assertThat(s.stripeCustomerId()).isNull());
    }

    @Test
    void aDeletionWaitsUntilStripeHasCancelledTheSubscription() {
        subscriptionEvent("customer.subscription.created", t0, "active");
        FakeStripe.get().refuseNext("/v1/subscriptions/" + sub, "Stripe is having a moment");

        MemberFixtures.deletedAfterGrace(ctx, reader);

        assertThat(accounts.byId(member)).as("kept until Stripe stops billing").isPresent();
        assertThat(entitlements.of(member).subscriber()).isTrue();
        assertThat(customers.customerOf(member)).hasValue(customer);

        MemberFixtures.runDeletions(ctx);

        assertThat(accounts.byId(member)).isEmpty();
        assertThat(entitlements.of(member).subscriber()).isFalse();
        assertThat(FakeStripe.get().calls("/v1/subscriptions/" + sub)).extracting(FakeStripe.Call::method)
                .containsExactly("DELETE", "GET", "DELETE");
    }

    private String lastDay(int days) {
        return java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Kolkata")).plusDays(days).toString();
    }
}
