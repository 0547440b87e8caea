package org.masthead.paywall;

/** A plan as an admin saves it; amounts in minor units, at least one of them set. Built by {@link PlanForm}. */
record SavePlan(String name, String description, String currency, Long monthlyAmount, Long yearlyAmount,
                int trialDays, boolean active, String monthlyPriceId, String yearlyPriceId) {
}
