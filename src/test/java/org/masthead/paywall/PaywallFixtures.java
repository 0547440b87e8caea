package org.masthead.paywall;

import org.springframework.context.ApplicationContext;

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

    /** Member ids no other test uses (members are only ids to this module). */
    public static long newMemberId() {
        return 1_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }
}
