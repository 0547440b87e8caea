package org.masthead.paywall;

import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Plans and subscriptions for integration tests of any module. */
public final class PaywallFixtures {

    private PaywallFixtures() {
    }

    /** A new active plan named uniquely: GBP 9.99 a month and 99 a year, no trial. */
    public static Plan plan(ApplicationContext ctx) {
        return plan(ctx, Map.of());
    }

    /** A new plan from the default form with {@code overrides} (form field names, as typed). */
    public static Plan plan(ApplicationContext ctx, Map<String, String> overrides) {
        Map<String, String> form = new HashMap<>(Map.of("name", "Plan " + UUID.randomUUID().toString().substring(0, 8),
                "currency", "GBP", "monthly", "9.99", "yearly", "99", "trialDays", "0", "active", "true"));
        form.putAll(overrides);
        PlanService plans = ctx.getBean(PlanService.class);
        return plans.find(plans.create(form)).orElseThrow();
    }

    /** Adds a running offer to the plan: the first {@code periods} periods of {@code interval} at {@code introPrice}. */
    public static Plan offer(ApplicationContext ctx, Plan plan, String interval, String introPrice, int periods) {
        PlanService plans = ctx.getBean(PlanService.class);
        plans.addOffer(plan.id(), Map.of("interval", interval, "introPrice", introPrice, "periods", String.valueOf(periods)));
        return plans.find(plan.id()).orElseThrow();
    }

    /**
     * Makes {@code memberId} an active Stripe subscriber of {@code plan}, as Stripe's signed webhook would;
     * returns the Stripe subscription's id.
     */
    public static String subscribed(ApplicationContext ctx, int port, long memberId, String customer, Plan plan) {
        java.time.Clock clock = ctx.getBean(java.time.Clock.class);
        long now = clock.instant().getEpochSecond();
        String sub = StripeWebhookSender.newId("sub_");
        deliver(ctx, port, "customer.subscription.created", StripeWebhookSender.subscription(sub, customer, "active",
                memberId, plan.monthlyPriceId(), now + 30 * 86400));
        return sub;
    }

    /** Stripe reports that the renewal of {@code subscription} failed: past due, in its grace period. */
    public static void paymentFailed(ApplicationContext ctx, int port, String subscription, String customer) {
        long now = ctx.getBean(java.time.Clock.class).instant().getEpochSecond();
        deliver(ctx, port, "invoice.payment_failed", StripeWebhookSender.invoice(subscription, customer, now + 86400));
    }

    /** Grants {@code memberId} a comp of {@code plan} until the end of {@code lastDay}, as an admin would. */
    public static void comped(ApplicationContext ctx, long memberId, Plan plan, LocalDate lastDay) {
        ctx.getBean(Comps.class).grant(1, Map.of("member", String.valueOf(memberId), "plan", String.valueOf(plan.id()),
                "endsOn", lastDay.toString(), "note", ""));
    }

    private static void deliver(ApplicationContext ctx, int port, String type, String object) {
        java.time.Clock clock = ctx.getBean(java.time.Clock.class);
        var r = new StripeWebhookSender(port, clock).send(StripeWebhookSender.event(StripeWebhookSender.newId("evt_"),
                type, clock.instant().getEpochSecond(), object));
        if (!"applied".equals(r.body())) {
            throw new AssertionError("webhook answered " + r.statusCode() + " " + r.body());
        }
    }

    /** Makes {@code memberId} a subscriber for the next 30 days by a comp, as an admin would grant it. */
    public static void comped(ApplicationContext ctx, long memberId) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(ctx.getBean(java.time.Clock.class).instant(),
                ctx.getBean(org.masthead.platform.Publication.class).timeZone());
        ctx.getBean(Comps.class).grant(1, Map.of("member", String.valueOf(memberId), "endsOn", today.plusDays(30).toString(),
                "note", "test comp"));
    }

    /** Member ids no other test uses (members are only ids to this module). */
    public static long newMemberId() {
        return 1_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }
}
