package org.masthead.paywall;

import org.masthead.members.Member;
import org.masthead.members.MemberAccounts;
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
import java.util.Optional;

/**
 * Subscriptions granted by hand ("comps"): a member reads as a subscriber until the end of the chosen day in
 * the paper's time zone, with or without Stripe. Admins name the member by number or e-mail address, which the
 * members module looks up; this module keeps only the id.
 */
@Component
class Comps {

    static final String[] FIELDS = {"member", "plan", "endsOn", "note"};
    private static final int MAX_YEARS = 5;

    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final Entitlements entitlements;
    private final MemberAccounts accounts;
    private final PublicationProperties publication;
    private final Clock clock;

    Comps(SubscriptionRepository subscriptions, PlanRepository plans, Entitlements entitlements, MemberAccounts accounts,
          PublicationProperties publication, Clock clock) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.entitlements = entitlements;
        this.accounts = accounts;
        this.publication = publication;
        this.clock = clock;
    }

    /** Grants a comp from the form as typed (the member by number or e-mail address); returns the member id. */
    @Transactional
    long grant(long staffId, Map<String, String> form) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        String typedMember = form.getOrDefault("member", "").trim();
        Long member = find(typedMember).map(Member::id).orElse(null);
        if (member == null) {
            errors.add("member", typedMember.contains("@") ? "no reader has an account with that e-mail address"
                    : StripeEvent.id(typedMember) != null ? "no reader has an account with that number"
                    : "enter the member's number or e-mail address");
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

    /** The reader an admin typed: the number of their account, or its e-mail address. */
    Optional<Member> find(String typed) {
        if (typed.contains("@")) {
            return accounts.byEmail(typed);
        }
        Long id = StripeEvent.id(typed);
        return id == null ? Optional.empty() : accounts.byId(id);
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
