package org.masthead.site;

import org.masthead.paywall.BillingInterval;
import org.masthead.paywall.Entitlement;
import org.masthead.paywall.Money;
import org.masthead.paywall.Plan;
import org.masthead.paywall.PlanService.PlanForSale;
import org.masthead.site.SubscribePages.Offering;
import org.masthead.site.SubscribePages.PlanCard;
import org.masthead.site.SubscribePages.PlanPanel;
import org.masthead.site.SubscribePages.PriceChoice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The subscribe page's plans, the Plan panel and what deletion does to a subscription, in the reader's words and
 * the paper's locale. Pure.
 */
final class SubscribeViews {

    private final Locale locale;
    private final DateTimeFormatter day;

    SubscribeViews(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(zone);
    }

    Offering offering(List<PlanForSale> plans, boolean payments, boolean signedIn, PlanPanel current) {
        List<PlanCard> cards = new ArrayList<>();
        for (PlanForSale p : plans) {
            Plan plan = p.plan();
            List<PriceChoice> prices = plan.intervals().stream().map(i -> new PriceChoice(plan.id(), i.wireName(),
                    Money.format(plan.amount(i), plan.currency(), locale), i == BillingInterval.MONTH ? "a month" : "a year",
                    p.offer(i).map(o -> o.describe(plan, locale)).orElse(""))).toList();
            String trial = plan.trialDays() == 0 ? "" : plan.trialDays() + "-day free trial";
            cards.add(new PlanCard(plan.id(), plan.name(), plan.description(), trial, prices));
        }
        return new Offering(cards, payments, signedIn, current != null && current.subscriber() ? current : null);
    }

    PlanPanel panel(Entitlement e, boolean manage) {
        String headline = e.planName() != null ? e.planName() : e.subscriber() ? "Subscriber" : "No subscription";
        String detail = switch (e.state()) {
            case "trialing" -> "Free trial" + until(" until ", e.until()) + ".";
            case "active" -> e.until() == null ? "Active." : "Paid until " + day.format(e.until()) + ".";
            case "past_due" -> "Your last payment did not go through. You keep reading" + until(" until ", e.until())
                    + "; update your payment details to carry on.";
            case "comped" -> "Complimentary" + lastDay(e.until()) + ".";
            case "lapsed" -> "Lapsed" + until(" on ", e.until()) + ".";
            case "canceled" -> "Ended" + until(" on ", e.until()) + ".";
            case "incomplete" -> "Waiting for your first payment.";
            default -> "You read with a free account.";
        };
        String tone = "past_due".equals(e.state()) ? "warn" : e.subscriber() ? "ok" : "none";
        if (!e.subscriber() && e.planName() != null) {
            headline = "No subscription";
            detail = e.planName() + ": " + Character.toLowerCase(detail.charAt(0)) + detail.substring(1);
        }
        return new PlanPanel(e.subscriber(), headline, detail, tone, manage, !e.subscriber());
    }

    /** What deleting the account does to a live subscription, in a sentence; empty without one. */
    String onDeletion(Entitlement e) {
        if (!e.subscriber()) {
            return "";
        }
        if ("comped".equals(e.state())) {
            return "Your complimentary subscription ends when the account is deleted.";
        }
        return "Your " + (e.planName() == null ? "" : e.planName() + " ")
                + "subscription will be cancelled when the account is deleted, and nothing more will be charged.";
    }

    /** A comp ends at the start of the day after the last one chosen: name the day chosen. */
    private String lastDay(Instant end) {
        return end == null ? "" : " until the end of " + day.format(end.minusNanos(1));
    }

    private String until(String word, Instant at) {
        return at == null ? "" : word + day.format(at);
    }
}
