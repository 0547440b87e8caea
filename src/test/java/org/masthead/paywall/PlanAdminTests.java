package org.masthead.paywall;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** /admin/plans as an admin uses it: plans and offers, created in (fake) Stripe, refused input kept. */
@H2IntegrationTest
class PlanAdminTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired PlanService plans;

    private final FakeStripe stripe = FakeStripe.get();

    private StaffBrowser admin() {
        StaffBrowser b = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
        b.page("/admin/plans");
        return b;
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void anAdminCreatesAPlanAndItsPricesAreCreatedInStripe() {
        StaffBrowser admin = admin();
        String name = unique("Digital");
        HttpResponse<String> r = admin.post("/admin/plans", "name", name, "description", "Every story, every device",
                "currency", "gbp", "monthly", "9.99", "yearly", "", "trialDays", "14", "active", "true");
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("location").orElseThrow();
        Document page = admin.page(location);

        assertThat(page.select("[role=status]").text()).isEqualTo("Plan created.");
        assertThat(page.select("#name").val()).isEqualTo(name);
        assertThat(page.select("#monthly").val()).isEqualTo("9.99");
        assertThat(page.select("#currency").val()).isEqualTo("GBP");
        FakeStripe.Call product = stripe.last("/v1/products", "name", name);
        FakeStripe.Call price = stripe.last("/v1/prices", "unit_amount", "999");
        assertThat(price.form()).containsEntry("currency", "gbp").containsEntry("recurring[interval]", "month");
        assertThat(page.select("#monthlyPriceId").val()).startsWith("price_fake");
        assertThat(product.auth()).isEqualTo("Bearer sk_test_masthead");
        assertThat(stripe.calls("/v1/prices")).noneMatch(c -> price.form().get("product").equals(c.form().get("product"))
                && "year".equals(c.form().get("recurring[interval]")));

        Document list = admin.page("/admin/plans");
        assertThat(list.select("tbody tr").text()).contains(name, "£9.99 a month", "14 days", "In Stripe");
    }

    @Test
    void aRefusedPlanKeepsWhatWasTypedAndSaysWhatIsWrongNextToEachField() {
        StaffBrowser admin = admin();
        HttpResponse<String> r = admin.post("/admin/plans", "name", "", "description", "Typed by hand",
                "currency", "XYZ", "monthly", "nine", "yearly", "", "trialDays", "-3", "monthlyPriceId", "prod_123");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = org.jsoup.Jsoup.parse(r.body());

        assertThat(page.select("#name-error").text()).contains("name");
        assertThat(page.select("#currency-error").text()).contains("ISO 4217");
        assertThat(page.select("#trialDays-error").text()).contains("0 to 730");
        assertThat(page.select("#monthlyPriceId-error").text()).contains("price_");
        assertThat(page.select("#description").val()).isEqualTo("Typed by hand");
        assertThat(page.select("#monthly").val()).isEqualTo("nine");
        assertThat(page.select("#currency").val()).isEqualTo("XYZ");

        HttpResponse<String> decimals = admin.post("/admin/plans", "name", unique("Yen"), "currency", "JPY",
                "monthly", "980.5", "yearly", "", "trialDays", "0");
        assertThat(org.jsoup.Jsoup.parse(decimals.body()).select("#monthly-error").text()).contains("JPY has 0 decimal places");
        HttpResponse<String> none = admin.post("/admin/plans", "name", unique("Free"), "currency", "EUR",
                "monthly", "", "yearly", "", "trialDays", "0");
        assertThat(org.jsoup.Jsoup.parse(none.body()).select("#monthly-error").text()).contains("monthly price, a yearly price");
    }

    @Test
    void anOfferBecomesACouponAndOnlyOneRunsPerPeriod() {
        StaffBrowser admin = admin();
        Plan plan = PaywallFixtures.plan(ctx);
        admin.page("/admin/plans/" + plan.id());

        HttpResponse<String> r = admin.post("/admin/plans/" + plan.id() + "/offers", "interval", "month",
                "introPrice", "1", "periods", "3");
        assertThat(r.headers().firstValue("location")).hasValue("/admin/plans/" + plan.id() + "?done=offer");
        Document page = admin.page("/admin/plans/" + plan.id());
        assertThat(page.select("li.offer").text()).contains("First 3 months for £1 a month", "coupon coupon_fake");
        FakeStripe.Call coupon = stripe.last("/v1/coupons", "applies_to[products][0]", plan.stripeProductId());
        assertThat(coupon.form()).containsEntry("amount_off", "899").containsEntry("currency", "gbp")
                .containsEntry("duration", "repeating").containsEntry("duration_in_months", "3");

        HttpResponse<String> second = admin.post("/admin/plans/" + plan.id() + "/offers", "interval", "month",
                "introPrice", "0", "periods", "1");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(second.body()).select(".field-error").text()).contains("already has a running offer");
        HttpResponse<String> tooDear = admin.post("/admin/plans/" + plan.id() + "/offers", "interval", "year",
                "introPrice", "120", "periods", "1");
        Document refused = org.jsoup.Jsoup.parse(tooDear.body());
        assertThat(refused.select("#introPrice-error").text()).contains("lower than the regular price of 99");
        assertThat(refused.select("#introPrice").val()).isEqualTo("120");

        long offerId = plans.offers(plan.id()).get(0).id();
        admin.post("/admin/plans/" + plan.id() + "/offers/" + offerId + "/end");
        assertThat(plans.offers(plan.id())).allMatch(o -> !o.active());
    }

    @Test
    void aNewPriceGetsANewStripePriceAndEndsThatPeriodsOffer() {
        StaffBrowser admin = admin();
        Plan plan = PaywallFixtures.plan(ctx);
        admin.page("/admin/plans/" + plan.id());
        admin.post("/admin/plans/" + plan.id() + "/offers", "interval", "month", "introPrice", "1", "periods", "3");
        admin.page("/admin/plans/" + plan.id());
        Map<String, String> form = PlanForm.values(plans.find(plan.id()).orElseThrow());

        admin.post("/admin/plans/" + plan.id(), "name", form.get("name"), "description", "", "currency", "GBP",
                "monthly", "12", "yearly", "99", "trialDays", "0", "active", "true",
                "monthlyPriceId", form.get("monthlyPriceId"), "yearlyPriceId", form.get("yearlyPriceId"));

        Plan saved = plans.find(plan.id()).orElseThrow();
        assertThat(saved.monthlyAmount()).isEqualTo(1200);
        assertThat(saved.monthlyPriceId()).isNotEqualTo(plan.monthlyPriceId()).startsWith("price_fake");
        assertThat(saved.yearlyPriceId()).isEqualTo(plan.yearlyPriceId());
        assertThat(plans.offers(plan.id())).singleElement().satisfies(o -> assertThat(o.active()).isFalse());
    }

    @Test
    void whatStripeRefusesIsSavedAndTheRefusalShown() {
        StaffBrowser admin = admin();
        String name = unique("Refused");
        stripe.refuseNext("Invalid API Key provided");
        HttpResponse<String> r = admin.post("/admin/plans", "name", name, "currency", "EUR", "monthly", "5",
                "yearly", "", "trialDays", "0", "active", "true");
        assertThat(org.jsoup.Jsoup.parse(r.body()).select("[role=alert]").text()).contains("Invalid API Key provided");
        Plan saved = plans.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.monthlyPriceId()).isNull();

        admin.page("/admin/plans/" + saved.id());
        admin.post("/admin/plans/" + saved.id() + "/stripe");
        assertThat(plans.find(saved.id()).orElseThrow().monthlyPriceId()).startsWith("price_fake");
    }

    @Test
    void onlyThoseWhoManagePlansSeeThemAndIdsThatNameNothingAreNotFound() {
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        Plan plan = PaywallFixtures.plan(ctx);
        assertThat(editor.get("/admin/plans").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/plans/" + plan.id()).statusCode()).isEqualTo(403);
        editor.page("/admin");
        assertThat(editor.post("/admin/plans/" + plan.id(), "name", "Taken over", "currency", "GBP", "monthly", "1")
                .statusCode()).isEqualTo(403);
        assertThat(plans.find(plan.id()).orElseThrow().name()).isEqualTo(plan.name());
        assertThat(editor.page("/admin").select("nav a")).extracting(e -> e.text()).doesNotContain("Plans", "Subscribers");

        StaffBrowser admin = admin();
        assertThat(admin.get("/admin/plans/987654321").statusCode()).isEqualTo(404);
        Plan other = PaywallFixtures.plan(ctx);
        admin.page("/admin/plans/" + other.id());
        admin.post("/admin/plans/" + other.id() + "/offers", "interval", "month", "introPrice", "1", "periods", "2");
        long othersOffer = plans.offers(other.id()).get(0).id();
        admin.page("/admin/plans/" + plan.id());
        assertThat(admin.post("/admin/plans/" + plan.id() + "/offers/" + othersOffer + "/end").statusCode()).isEqualTo(404);
        assertThat(plans.offers(other.id()).get(0).active()).isTrue();
    }
}
