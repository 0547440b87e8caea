package org.masthead.paywall;

import org.masthead.members.MemberDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * A deleted member's subscriptions end with their account: a Stripe subscription that could still bill them is
 * cancelled in Stripe, running comps end, and the link to their Stripe customer is removed from every row. The
 * rows stay, canceled, as the record of what was sold (member id, plan, dates: nothing personal).
 * <p>
 * Runs inside the deleting transaction ({@link MemberDeleted} is published there): when Stripe refuses or cannot be
 * reached, the deletion rolls back and the members module's next run tries again, so an account is never reported
 * deleted while Stripe may still bill it. Rejected: a job of our own after the commit, which would end the account
 * first and leave the reader's money to the job's retries. A retried cancel carries the same idempotency key, and
 * one Stripe already carried out counts as done ({@link StripeGateway#cancelSubscription}).
 */
@Component
class DeletedMembers {

    private static final Logger log = LoggerFactory.getLogger(DeletedMembers.class);

    private final SubscriptionRepository subscriptions;
    private final CustomerRepository customers;
    private final StripeGateway stripe;
    private final StripeProperties props;
    private final Entitlements entitlements;
    private final Clock clock;

    DeletedMembers(SubscriptionRepository subscriptions, CustomerRepository customers, StripeGateway stripe,
                   StripeProperties props, Entitlements entitlements, Clock clock) {
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.stripe = stripe;
        this.props = props;
        this.entitlements = entitlements;
        this.clock = clock;
    }

    @EventListener
    void on(MemberDeleted deleted) {
        long member = deleted.memberId();
        Instant now = clock.instant();
        for (Subscription s : subscriptions.forMember(member)) {
            if (s.comp() && EntitlementRule.entitled(s, now)) {
                subscriptions.move(s.id(), SubscriptionState.COMPED, SubscriptionState.CANCELED, now, now);
            } else if (!s.comp() && s.state() != SubscriptionState.CANCELED) {
                cancel(member, s.stripeSubscriptionId(), now);
            }
        }
        subscriptions.forgetCustomer(member);
        customers.forget(member);
        entitlements.changed(member);
    }

    /** Cancels in Stripe, then here; the row is locked first, so a webhook for it waits for this transaction. */
    private void cancel(long member, String stripeSubscriptionId, Instant now) {
        Subscription s = subscriptions.lockStripe(stripeSubscriptionId).orElseThrow();
        if (s.state() == SubscriptionState.CANCELED) {
            return;
        }
        if (props.payments()) {
            stripe.cancelSubscription(stripeSubscriptionId, "masthead-cancel-" + stripeSubscriptionId);
        } else {
            log.warn("Member {} was deleted, but without a Stripe key their subscription {} could not be cancelled in "
                    + "Stripe: cancel it in the Stripe dashboard", member, stripeSubscriptionId);
        }
        subscriptions.move(s.id(), s.state(), SubscriptionState.CANCELED, now, now);
    }
}
