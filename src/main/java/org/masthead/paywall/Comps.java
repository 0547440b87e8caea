package org.masthead.paywall;

import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.PublicationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Subscriptions granted by hand ("comps"): a member reads as a subscriber until the end of the chosen day in
 * the paper's time zone, with or without Stripe. Members are named by id: this module holds no member data.
 */
@Component
class Comps {

    static final String[] FIELDS = {"member", "plan", "endsOn", "note"};
    private static final int MAX_YEARS = 5;

    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final Entitlements entitlements;
    private final PublicationProperties publication;
    private final Clock clock;

    Comps(SubscriptionRepository subscriptions, PlanRepository plans, Entitlements entitlements,
          PublicationProperties publication, Clock clock) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.entitlements = entitlements;
        this.publication = publication;
        this.clock = clock;
    }

    /** Grants a comp from the form as typed; returns the member id. */
    @Transactional
    long grant(long staffId, Map<String, String> form) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        Long member = StripeEvent.id(form.getOrDefault("member", "").trim());
        if (member == null) {
            errors.add("member", "enter the member's number");
        }
        Long plan = null;
        String typedPlan = form.getOrDefault("plan", "").trim();
        if (!typedPlan.isEmpty()) {
            plan = StripeEvent.id(typedPlan);
            if (plan == null || plans.find(plan).isEmpty()) {
                errors.add("plan", "choose one of the plans offered");
            }
        }
        Instant endsAt = endsAt(form.getOrDefault("endsOn", "").trim(), errors);
        String note = form.getOrDefault("note", "").trim();
        if (note.length() > 300) {
            errors.add("note", "keep the note under 300 characters");
        }
        errors.throwIfAny();
        subscriptions.insertComp(member, plan, endsAt, note, staffId, clock.instant());
        entitlements.changed(member);
        return member;
    }

    /** Ends a running comp now; anything else (a Stripe subscription, an ended comp, no such id) is not found. */
    @Transactional
    long end(long id) {
        Subscription s = subscriptions.find(id).filter(Subscription::comp)
                .orElseThrow(() -> new NotFoundException("comp " + id));
        Instant now = clock.instant();
        if (!subscriptions.move(id, SubscriptionState.COMPED, SubscriptionState.CANCELED, now, now)) {
            throw new NotFoundException("running comp " + id);
        }
        entitlements.changed(s.memberId());
        return s.memberId();
    }

    /** The end of the chosen day in the paper's time zone: "until 31 March" includes 31 March. */
    private Instant endsAt(String typed, InvalidInputException.Builder errors) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), publication.timeZone());
        try {
            LocalDate day = LocalDate.parse(typed);
            if (day.isBefore(today)) {
                errors.add("endsOn", "choose today or a later day");
            } else if (day.isAfter(today.plusYears(MAX_YEARS))) {
                errors.add("endsOn", "choose a day within " + MAX_YEARS + " years");
            }
            return day.plusDays(1).atStartOfDay(publication.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add("endsOn", "choose the last day of the subscription");
            return null;
        }
    }
}
