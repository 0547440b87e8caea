package org.masthead.paywall;

import org.masthead.platform.PublicationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends a signed-in reader to Stripe: a Checkout Session for a plan and period (with its running offer as a
 * coupon, otherwise promotion codes allowed; the plan's trial for a first subscription only), or the customer
 * portal to manage or cancel one. The reader is always a member id the caller checked against their session.
 */
@Service
public class Checkout {

    /** Why a reader cannot check out now, in words for the reader. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);

    private final StripeProperties props;
    private final PlanRepository plans;
    private final StripeCatalog catalog;
    private final StripeGateway stripe;
    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final PublicationProperties publication;
    private final Clock clock;

    Checkout(StripeProperties props, PlanRepository plans, StripeCatalog catalog, StripeGateway stripe,
             CustomerRepository customers, SubscriptionRepository subscriptions, PublicationProperties publication,
             Clock clock) {
        this.props = props;
        this.plans = plans;
        this.catalog = catalog;
        this.stripe = stripe;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.publication = publication;
        this.clock = clock;
    }

    /** Payments can be taken (a Stripe secret key is set). */
    public boolean payments() {
        return props.payments();
    }

    /** The Checkout URL for {@code memberId} buying {@code planId} per {@code interval} ("month" or "year"). */
    public String start(long memberId, String email, long planId, String interval) {
        if (!payments()) {
            throw new Refused("Online payment is not set up yet, so subscriptions cannot be bought here for now.");
        }
        Plan plan = plans.find(planId).filter(Plan::active).orElseThrow(() -> new Refused("That plan is no longer offered."));
        BillingInterval period = BillingInterval.parse(interval).filter(i -> plan.amount(i) != null)
                .orElseThrow(() -> new Refused("Choose one of the prices shown."));
        if (subscribesThroughStripe(memberId)) {
            throw new Refused("You already subscribe. Manage your subscription from your account.");
        }
        boolean hadOne = subscriptions.forMember(memberId).stream().anyMatch(s -> !s.comp());
        try {
            String price = catalog.priceId(plan, period);
            String coupon = plans.offers(planId).stream().filter(o -> o.active() && o.interval() == period).findFirst()
                    .map(o -> catalog.couponId(plan, o)).orElse(null);
            String customer = customers.customerOf(memberId).orElse(null);
            return stripe.createCheckoutSession(new StripeGateway.CheckoutRequest(memberId, planId, price, customer,
                    customer == null ? email : null, hadOne ? 0 : plan.trialDays(), coupon,
                    publication.absolute("/subscribe/welcome"), publication.absolute("/subscribe/cancelled")));
        } catch (StripeGateway.StripeUnavailable e) {
            log.warn("Checkout for member {} failed: {}", memberId, e.getMessage());
            throw new Refused("We could not reach our payment provider. Please try again in a minute.");
        }
    }

    /** The customer portal for the member, when payments are set up and Stripe knows them as a customer. */
    public Optional<String> portal(long memberId, String returnPath) {
        Optional<String> customer = customers.customerOf(memberId);
        if (!payments() || customer.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(stripe.createPortalSession(customer.get(), publication.absolute(returnPath)));
        } catch (StripeGateway.StripeUnavailable e) {
            log.warn("Portal for member {} failed: {}", memberId, e.getMessage());
            throw new Refused("We could not reach our payment provider. Please try again in a minute.");
        }
    }

    /** May the member manage a subscription in the portal (payments set up and Stripe knows them)? */
    public boolean portalAvailable(long memberId) {
        return payments() && customers.customerOf(memberId).isPresent();
    }

    private boolean subscribesThroughStripe(long memberId) {
        Instant now = clock.instant();
        return subscriptions.forMember(memberId).stream().anyMatch(s -> !s.comp() && EntitlementRule.entitled(s, now));
    }
}
