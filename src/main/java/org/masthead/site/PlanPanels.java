package org.masthead.site;

import org.masthead.paywall.Checkout;
import org.masthead.paywall.Entitlement;
import org.masthead.paywall.Entitlements;
import org.masthead.site.SubscribePages.PlanPanel;
import org.springframework.stereotype.Component;

/**
 * A member's plan as the subscribe pages and the account page show it, from {@link Entitlements} (this node's
 * memory) and whether the customer portal can manage it; worded by {@link SubscribeViews} in the paper's locale
 * and time zone as they are now (admins may change both).
 */
@Component
class PlanPanels {

    private final Entitlements entitlements;
    private final Checkout checkout;
    private final ViewParts parts;

    PlanPanels(Entitlements entitlements, Checkout checkout, ViewParts parts) {
        this.entitlements = entitlements;
        this.checkout = checkout;
        this.parts = parts;
    }

    PlanPanel of(long memberId) {
        return views().panel(entitlements.of(memberId), checkout.portalAvailable(memberId));
    }

    /** What deleting the account does to the member's subscription, in a sentence; empty when they have none. */
    String onDeletion(long memberId) {
        return views().onDeletion(entitlements.of(memberId));
    }

    SubscribeViews views() {
        return new SubscribeViews(parts.publication().locale(), parts.publication().timeZone());
    }
}
