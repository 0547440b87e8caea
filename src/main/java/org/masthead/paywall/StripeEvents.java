package org.masthead.paywall;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.ts;

/**
 * Applies verified Stripe events to subscriptions, each event id once: the id is inserted first, in the same
 * transaction as its effect, so a duplicate delivery (even one racing the first) changes nothing, and an event
 * whose effect failed is not marked processed (Stripe retries it). Which state wins is {@link StateRule}'s call.
 */
@Component
class StripeEvents {

    enum Outcome { APPLIED, DUPLICATE, IGNORED }

    private static final Logger log = LoggerFactory.getLogger(StripeEvents.class);

    private final JdbcClient db;
    private final SubscriptionRepository subscriptions;
    private final CustomerRepository customers;
    private final Entitlements entitlements;
    private final StripeProperties props;
    private final Clock clock;

    StripeEvents(JdbcClient db, SubscriptionRepository subscriptions, CustomerRepository customers,
                 Entitlements entitlements, StripeProperties props, Clock clock) {
        this.db = db;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.entitlements = entitlements;
        this.props = props;
        this.clock = clock;
    }

    @Transactional
    public Outcome apply(StripeEvent e) {
        if (!firstDelivery(e)) {
            return Outcome.DUPLICATE;
        }
        return switch (e.type()) {
            case "checkout.session.completed" -> checkoutCompleted(e);
            case "customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted" ->
                    subscriptionChanged(e);
            case "invoice.paid" -> invoice(e, EnumSet.of(SubscriptionState.PAST_DUE, SubscriptionState.LAPSED,
                    SubscriptionState.INCOMPLETE), SubscriptionState.ACTIVE);
            case "invoice.payment_failed" -> invoice(e, EnumSet.of(SubscriptionState.ACTIVE, SubscriptionState.TRIALING,
                    SubscriptionState.PAST_DUE), SubscriptionState.PAST_DUE);
            default -> Outcome.IGNORED;
        };
    }

    private boolean firstDelivery(StripeEvent e) {
        return db.sql("""
                INSERT INTO paywall_stripe_event (event_id, event_type, received_at)
                SELECT :id, :type, :at FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM paywall_stripe_event WHERE event_id = :id)
                """).param("id", e.id()).param("type", e.type()).param("at", ts(clock.instant())).update() == 1;
    }

    /** Checkout finished: the subscription is the member's (client_reference_id), paid for or in its trial. */
    private Outcome checkoutCompleted(StripeEvent e) {
        Long member = Optional.ofNullable(StripeEvent.id(e.text("client_reference_id"))).orElse(e.metadataId("member_id"));
        String subscription = e.text("subscription");
        if (!"subscription".equals(e.text("mode")) || member == null || subscription == null) {
            return Outcome.IGNORED;
        }
        SubscriptionState state = switch (String.valueOf(e.text("payment_status"))) {
            case "paid" -> SubscriptionState.ACTIVE;
            case "no_payment_required" -> SubscriptionState.TRIALING;
            default -> SubscriptionState.INCOMPLETE;
        };
        Long plan = e.metadataId("plan_id");
        return apply(subscription, member, e.text("customer"), plan != null && subscriptions.planExists(plan) ? plan : null,
                new StripeState(state, e.created(), null, false, null, null));
    }

    private Outcome subscriptionChanged(StripeEvent e) {
        JsonNode o = e.object();
        JsonNode item = o.path("items").path("data").path(0);
        Instant periodEnd = seconds(o.path("current_period_end").isNumber() ? o.path("current_period_end")
                : item.path("current_period_end"));
        SubscriptionState state = StateRule.fromStripe(e.text("status"));
        Instant ended = seconds(o.path("ended_at"));
        StripeState s = new StripeState(state, e.created(), periodEnd, o.path("cancel_at_period_end").asBoolean(false),
                null, ended);
        return apply(e.text("id"), e.metadataId("member_id"), e.text("customer"), plan(e, item), s);
    }

    /** An invoice paid or not: moves the subscription from one of {@code from} to {@code to}. */
    private Outcome invoice(StripeEvent e, EnumSet<SubscriptionState> from, SubscriptionState to) {
        String id = Optional.ofNullable(e.text("subscription"))
                .orElse(StripeEvent.text(e.object().path("parent").path("subscription_details"), "subscription"));
        Optional<Subscription> row = id == null ? Optional.empty() : subscriptions.lockStripe(id);
        if (row.isEmpty() || !from.contains(row.get().state())) {
            return Outcome.IGNORED;
        }
        Instant periodEnd = seconds(e.object().path("lines").path("data").path(0).path("period").path("end"));
        return apply(id, null, e.text("customer"), null, new StripeState(to, e.created(),
                to == SubscriptionState.ACTIVE ? periodEnd : null, row.get().cancelAtPeriodEnd(), null, null));
    }

    private Outcome apply(String subscriptionId, Long memberHint, String customer, Long plan, StripeState incoming) {
        Instant now = clock.instant();
        Optional<Subscription> row = subscriptions.lockStripe(subscriptionId);
        if (row.isEmpty()) {
            Long member = memberHint != null ? memberHint
                    : customer == null ? null : customers.memberOf(customer).orElse(null);
            if (member == null) {
                log.warn("Stripe subscription {} names no member Masthead knows; ignored", subscriptionId);
                return Outcome.IGNORED;
            }
            subscriptions.insertStripe(member, plan, subscriptionId, customer, settle(null, incoming), now);
            remember(member, customer, now);
            entitlements.changed(member);
            return Outcome.APPLIED;
        }
        Subscription r = row.get();
        if (customer != null && r.state() != SubscriptionState.CANCELED) {
            // a canceled row links no customer: its member may be deleted (DeletedMembers removed the link), and
            // Stripe's late "deleted" event must not restore it; a row Stripe canceled was linked by that event
            subscriptions.setCustomer(r.id(), customer);
            remember(r.memberId(), customer, now);
        }
        if (!StateRule.applies(r.state(), r.stripeVersion(), incoming.state(), incoming.version())) {
            return Outcome.IGNORED;
        }
        subscriptions.updateStripe(r.id(), plan, settle(r, incoming), now);
        entitlements.changed(r.memberId());
        return Outcome.APPLIED;
    }

    /**
     * Fills in what the event leaves to us: a grace period that starts with the first failed payment (an event
     * about a subscription already in grace keeps its end), and when an ended subscription ended.
     */
    private StripeState settle(Subscription stored, StripeState s) {
        Instant at = Instant.ofEpochSecond(s.version());
        Instant grace = null;
        if (s.state() == SubscriptionState.PAST_DUE) {
            grace = stored != null && stored.graceUntil() != null ? stored.graceUntil() : at.plus(props.gracePeriod());
        }
        Instant endsAt = switch (s.state()) {
            case CANCELED, LAPSED -> s.endsAt() != null ? s.endsAt() : at;
            default -> null;
        };
        return new StripeState(s.state(), s.version(), s.periodEnd(), s.cancelAtPeriodEnd(), grace, endsAt);
    }

    private Long plan(StripeEvent e, JsonNode item) {
        String price = StripeEvent.text(item.path("price"), "id");
        Optional<Long> byPrice = price == null ? Optional.empty() : subscriptions.planByPrice(price);
        Long byMetadata = e.metadataId("plan_id");
        return byPrice.orElse(byMetadata != null && subscriptions.planExists(byMetadata) ? byMetadata : null);
    }

    private void remember(long member, String customer, Instant now) {
        if (customer != null) {
            customers.remember(member, customer, now);
        }
    }

    private static Instant seconds(JsonNode n) {
        return n.isNumber() ? Instant.ofEpochSecond(n.asLong()) : null;
    }
}
