package org.masthead.site;

import org.masthead.site.Views.Chrome;
import org.masthead.site.Views.Meta;

import java.util.List;

/** View records of the subscribe pages and of the account page's Plan panel. */
public final class SubscribePages {
    private SubscribePages() {
    }

    /** One way to pay for a plan: "£9.99 a month", its running offer, if any. */
    public record PriceChoice(long planId, String interval, String price, String per, String offer) { }

    public record PlanCard(long id, String name, String description, String trial, List<PriceChoice> prices) { }

    /**
     * What the reader may do here: {@code payments} false: nothing can be bought (said once, no buttons);
     * {@code signedIn} false: each price asks them to sign in; {@code current} set: they subscribe already.
     */
    public record Offering(List<PlanCard> plans, boolean payments, boolean signedIn, PlanPanel current) { }

    /** Its forms carry no token: reader actions are checked by origin ({@code platform.ReaderCsrf}). */
    public record SubscribePage(Chrome chrome, Meta meta, Offering offering, String error, String signInHref) { }

    /**
     * A member's plan as the account page shows it. {@code headline}: the plan's name or "No subscription";
     * {@code detail}: renewal, trial, grace or end, in words; {@code tone}: ok, warn or none.
     */
    public record PlanPanel(boolean subscriber, String headline, String detail, String tone, boolean manage,
                            boolean seePlans) { }

    /** After Checkout: welcome (with the plan as it stands) or cancelled. */
    public record LandingPage(Chrome chrome, Meta meta, String title, String message, PlanPanel panel) { }
}
