package org.masthead.paywall;

import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the plan screens (/admin/plans). */
public final class PlanPages {
    private PlanPages() {
    }

    /** A plan in the list; {@code stripe} says whether it can be sold online yet. */
    public record PlanRow(long id, String name, String prices, String trial, boolean active, String stripe,
                          boolean stripeReady) { }

    public record Option(String value, String label, boolean selected) { }

    /** The list of plans and the form for a new one; {@code payments}: Stripe keys are set. */
    public record PlansPage(StaffChrome chrome, List<PlanRow> plans, Form form, boolean payments, String notice) { }

    public record OfferRow(long id, String text, boolean active, String coupon, String started, String ended) { }

    /** One plan: its form, its offers and the form for a new offer. */
    public record PlanPage(StaffChrome chrome, long id, String name, Form form, List<OfferRow> offers, Form offerForm,
                           List<Option> intervals, String currency, boolean payments, boolean stripeMissing,
                           String notice, String warning) { }
}
