package org.masthead.paywall;

import org.masthead.platform.InvalidInputException;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The plan and offer forms as typed, turned into commands, or refused with a message per field (every problem
 * at once). Also the other way, so an edit form starts from the stored plan. Pure.
 */
final class PlanForm {

    static final String[] PLAN_FIELDS = {"name", "description", "currency", "monthly", "yearly", "trialDays",
            "active", "monthlyPriceId", "yearlyPriceId"};
    static final String[] OFFER_FIELDS = {"interval", "introPrice", "periods"};

    private static final Pattern PRICE_ID = Pattern.compile("price_[A-Za-z0-9]{1,200}");
    private static final int MAX_TRIAL_DAYS = 730;

    private PlanForm() {
    }

    static SavePlan plan(Map<String, String> in) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        String name = in.getOrDefault("name", "").trim();
        if (name.isEmpty()) {
            errors.add("name", "give the plan a name readers will see");
        } else if (name.length() > 80) {
            errors.add("name", "keep the name under 80 characters");
        }
        String description = in.getOrDefault("description", "").trim();
        if (description.length() > 300) {
            errors.add("description", "keep the description under 300 characters");
        }
        Currency currency = Money.currency(in.getOrDefault("currency", "").trim()).orElse(null);
        if (currency == null) {
            errors.add("currency", "enter a three-letter ISO 4217 code, such as GBP, EUR or USD");
        }
        Long monthly = amount(in.getOrDefault("monthly", ""), currency, "monthly", errors);
        Long yearly = amount(in.getOrDefault("yearly", ""), currency, "yearly", errors);
        if (in.getOrDefault("monthly", "").isBlank() && in.getOrDefault("yearly", "").isBlank()) {
            errors.add("monthly", "set a monthly price, a yearly price, or both");
        }
        int trial = trialDays(in.getOrDefault("trialDays", "").trim(), errors);
        String monthlyPriceId = priceId(in.getOrDefault("monthlyPriceId", ""), "monthlyPriceId", errors);
        String yearlyPriceId = priceId(in.getOrDefault("yearlyPriceId", ""), "yearlyPriceId", errors);
        errors.throwIfAny();
        return new SavePlan(name, description, currency.getCurrencyCode(), monthly, yearly, trial,
                "true".equals(in.get("active")), monthlyPriceId, yearlyPriceId);
    }

    static Map<String, String> values(Plan p) {
        Currency c = Currency.getInstance(p.currency());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", p.name());
        v.put("description", p.description());
        v.put("currency", p.currency());
        v.put("monthly", p.monthlyAmount() == null ? "" : Money.plain(p.monthlyAmount(), c));
        v.put("yearly", p.yearlyAmount() == null ? "" : Money.plain(p.yearlyAmount(), c));
        v.put("trialDays", String.valueOf(p.trialDays()));
        v.put("active", String.valueOf(p.active()));
        v.put("monthlyPriceId", p.monthlyPriceId() == null ? "" : p.monthlyPriceId());
        v.put("yearlyPriceId", p.yearlyPriceId() == null ? "" : p.yearlyPriceId());
        return v;
    }

    /** The offer form of {@code plan}: which interval, the introductory price per period, how many periods. */
    static AddOffer offer(Plan plan, Map<String, String> in) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        BillingInterval interval = BillingInterval.parse(in.getOrDefault("interval", "")).orElse(null);
        if (interval == null || plan.amount(interval) == null) {
            errors.add("interval", "choose a billing period the plan is sold for");
        }
        Long intro = amount(in.getOrDefault("introPrice", ""), Currency.getInstance(plan.currency()), "introPrice", errors);
        if (in.getOrDefault("introPrice", "").isBlank()) {
            errors.add("introPrice", "enter the introductory price per period (0 for free)");
        } else if (intro != null && interval != null && plan.amount(interval) != null && intro >= plan.amount(interval)) {
            errors.add("introPrice", "make it lower than the regular price of "
                    + Money.plain(plan.amount(interval), Currency.getInstance(plan.currency())));
        }
        int periods = periods(in.getOrDefault("periods", "").trim(), interval, errors);
        errors.throwIfAny();
        return new AddOffer(interval, intro, periods);
    }

    record AddOffer(BillingInterval interval, long introAmount, int periods) { }

    private static Long amount(String typed, Currency currency, String field, InvalidInputException.Builder errors) {
        if (typed.isBlank() || currency == null) {
            return null;
        }
        try {
            long minor = Money.parse(typed, currency);
            if (minor == 0 && !field.equals("introPrice")) {
                errors.add(field, "a price must be more than zero; leave it empty if the plan is not sold this way");
                return null;
            }
            return minor;
        } catch (IllegalArgumentException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    private static int trialDays(String typed, InvalidInputException.Builder errors) {
        if (typed.isEmpty()) {
            return 0;
        }
        try {
            int days = Integer.parseInt(typed);
            if (days >= 0 && days <= MAX_TRIAL_DAYS) {
                return days;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add("trialDays", "enter whole days from 0 to " + MAX_TRIAL_DAYS);
        return 0;
    }

    private static int periods(String typed, BillingInterval interval, InvalidInputException.Builder errors) {
        int max = interval == BillingInterval.YEAR ? 3 : 36;
        try {
            int n = Integer.parseInt(typed);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add("periods", "enter how many " + (interval == BillingInterval.YEAR ? "years" : "months")
                + " the offer lasts, from 1 to " + max);
        return 0;
    }

    private static String priceId(String typed, String field, InvalidInputException.Builder errors) {
        String id = typed.trim();
        if (id.isEmpty()) {
            return null;
        }
        if (!PRICE_ID.matcher(id).matches()) {
            errors.add(field, "a Stripe price id looks like price_1Pq…; leave it empty to have one created");
        }
        return id;
    }
}
