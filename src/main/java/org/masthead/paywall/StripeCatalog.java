package org.masthead.paywall;

import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The Stripe objects that sell a plan: a product, one recurring price per interval, and a coupon per offer.
 * Created when a plan or offer is saved with Stripe keys set, or at the first checkout that needs them (for
 * plans saved before the keys were). Stripe prices cannot change, so a new amount gets a new price (the plan
 * forgets the old id when its amount changes). Idempotency keys name what is created, so two nodes creating
 * the same price at once get one price.
 */
@Component
class StripeCatalog {

    private final StripeGateway stripe;
    private final PlanRepository plans;
    private final StripeProperties props;

    StripeCatalog(StripeGateway stripe, PlanRepository plans, StripeProperties props) {
        this.stripe = stripe;
        this.plans = plans;
        this.props = props;
    }

    /** Creates whatever the plan and its running offers still lack in Stripe; nothing without keys. */
    void sync(long planId) {
        if (!props.payments()) {
            return;
        }
        Plan plan = plans.find(planId).orElseThrow();
        for (BillingInterval interval : plan.intervals()) {
            priceId(plan, interval);
        }
        for (Offer offer : plans.offers(planId)) {
            if (offer.active()) {
                couponId(plan, offer);
            }
        }
    }

    /** The plan's price for {@code interval}, created now if missing. */
    String priceId(Plan plan, BillingInterval interval) {
        if (plan.priceId(interval) != null) {
            return plan.priceId(interval);
        }
        long amount = plan.amount(interval);
        String price = stripe.createPrice(productId(plan), plan.currency(), amount, interval,
                "masthead-plan-" + plan.id() + "-" + interval.wireName() + "-" + plan.currency() + "-" + amount);
        plans.setPrice(plan.id(), interval, amount, plan.currency(), price);
        return price;
    }

    /** The offer's coupon, created now if missing. */
    String couponId(Plan plan, Offer offer) {
        if (offer.stripeCouponId() != null) {
            return offer.stripeCouponId();
        }
        long off = plan.amount(offer.interval()) - offer.introAmount();
        String coupon = stripe.createCoupon(productId(plan), offer.describe(plan, Locale.ENGLISH), plan.currency(),
                off, offer.months(), "masthead-offer-" + offer.id() + "-" + off);
        plans.setCoupon(offer.id(), coupon);
        return coupon;
    }

    private String productId(Plan plan) {
        if (plan.stripeProductId() != null) {
            return plan.stripeProductId();
        }
        String product = stripe.createProduct(plan.id(), plan.name(), "masthead-product-" + plan.id());
        plans.setProduct(plan.id(), product);
        return plans.find(plan.id()).map(Plan::stripeProductId).orElse(product);
    }
}
