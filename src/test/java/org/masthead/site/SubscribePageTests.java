package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.masthead.paywall.FakeStripe;
import org.masthead.paywall.PaywallFixtures;
import org.masthead.paywall.Plan;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /subscribe as readers use it: plans and prices, the hand-over to (fake) Stripe Checkout, the landings. */
@H2IntegrationTest
class SubscribePageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired MutableClock clock;

    private final FakeStripe stripe = FakeStripe.get();

    private StaffBrowser reader(long memberId) {
        StaffBrowser b = new StaffBrowser(port, StaffFixtures.freshAddress()).always("Origin", "http://127.0.0.1:" + port);
        b.cookie(TestReaders.COOKIE, TestReaders.value(memberId, "reader" + memberId + "@example.org"));
        return b;
    }

    private static Element card(Document page, Plan plan) {
        Element card = page.getElementById("plan-" + plan.id());
        assertThat(card).as("card of " + plan.name()).isNotNull();
        return card.parent();
    }

    @Test
    void anonymousReadersSeeThePlansInThePapersCurrencyAndAreAskedToSignIn() {
        Plan plan = PaywallFixtures.offer(ctx, PaywallFixtures.plan(ctx, Map.of("trialDays", "14",
                "description", "Every story, every device")), "month", "1", 3);
        Plan withdrawn = PaywallFixtures.plan(ctx, Map.of("active", "false"));

        HttpResponse<String> r = new Http(port).get("/subscribe");
        Document page = Jsoup.parse(r.body());

        assertThat(r.statusCode()).isEqualTo(200);
        Element card = card(page, plan);
        assertThat(card.select(".price-amount").eachText()).containsExactly("£9.99 a month", "£99 a year");
        assertThat(card.select(".price-offer").text()).isEqualTo("First 3 months for £1 a month");
        assertThat(card.select(".plan-trial").text()).isEqualTo("14-day free trial");
        assertThat(card.text()).contains("Every story, every device");
        assertThat(card.select("a.button").eachAttr("href")).containsOnly("/sign-in?next=/subscribe");
        assertThat(card.select("form")).isEmpty();
        assertThat(page.getElementById("plan-" + withdrawn.id())).isNull();
        assertThat(r.headers().firstValue("cache-control").orElse("")).doesNotContain("public");
        assertThat(r.headers().firstValue("content-security-policy").orElse(""))
                .contains("form-action 'self' https://checkout.stripe.com https://billing.stripe.com");
    }

    @Test
    void aSignedInReaderIsSentToCheckoutWithTheirPlanPriceAndId() {
        Plan plan = PaywallFixtures.plan(ctx, Map.of("trialDays", "14"));
        long member = PaywallFixtures.newMemberId();
        StaffBrowser reader = reader(member);
        Document page = reader.page("/subscribe");
        assertThat(card(page, plan).select("form button").eachText()).containsExactly("Subscribe monthly", "Subscribe yearly");

        HttpResponse<String> r = reader.post("/subscribe", "plan", String.valueOf(plan.id()), "interval", "month");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("location").orElseThrow()).startsWith("https://checkout.stripe.com/c/pay/cs_test_fake");
        FakeStripe.Call call = stripe.last("/v1/checkout/sessions", "client_reference_id", String.valueOf(member));
        assertThat(call.form())
                .containsEntry("mode", "subscription")
                .containsEntry("line_items[0][price]", plan.monthlyPriceId())
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("allow_promotion_codes", "true")
                .containsEntry("customer_email", "reader" + member + "@example.org")
                .containsEntry("subscription_data[trial_period_days]", "14")
                .containsEntry("subscription_data[metadata][member_id]", String.valueOf(member))
                .containsEntry("subscription_data[metadata][plan_id]", String.valueOf(plan.id()))
                .containsEntry("success_url", "https://news.example.org/subscribe/welcome")
                .containsEntry("cancel_url", "https://news.example.org/subscribe/cancelled")
                .doesNotContainKey("discounts[0][coupon]");
    }

    @Test
    void anIntroductoryOfferGoesToCheckoutAsItsCouponInsteadOfPromotionCodes() {
        Plan plan = PaywallFixtures.offer(ctx, PaywallFixtures.plan(ctx), "year", "49", 1);
        long member = PaywallFixtures.newMemberId();
        StaffBrowser reader = reader(member);
        reader.page("/subscribe");

        reader.post("/subscribe", "plan", String.valueOf(plan.id()), "interval", "year");

        FakeStripe.Call call = stripe.last("/v1/checkout/sessions", "client_reference_id", String.valueOf(member));
        assertThat(call.form()).containsEntry("line_items[0][price]", plan.yearlyPriceId())
                .containsEntry("discounts[0][coupon]", couponOf(plan))
                .doesNotContainKey("allow_promotion_codes")
                .doesNotContainKey("subscription_data[trial_period_days]");
    }

    private String couponOf(Plan plan) {
        return ctx.getBean(org.masthead.paywall.PlanService.class).offers(plan.id()).get(0).stripeCouponId();
    }

    @Test
    void refusedCheckoutsSayWhyAndSendNothingToStripe() {
        Plan plan = PaywallFixtures.plan(ctx);
        Plan withdrawn = PaywallFixtures.plan(ctx, Map.of("active", "false"));
        long member = PaywallFixtures.newMemberId();
        StaffBrowser reader = reader(member);
        reader.page("/subscribe");

        assertThat(message(reader.post("/subscribe", "plan", String.valueOf(withdrawn.id()), "interval", "month")))
                .isEqualTo("That plan is no longer offered.");
        assertThat(reader(member).always("Origin", "https://evil.example").post("/subscribe", "plan", String.valueOf(plan.id()),
                "interval", "month").statusCode()).as("a post from another site is forged").isEqualTo(403);
        assertThat(message(reader.post("/subscribe", "plan", String.valueOf(plan.id()), "interval", "week")))
                .isEqualTo("Choose one of the prices shown.");
        assertThat(message(reader.post("/subscribe", "plan", "'; DROP TABLE", "interval", "month")))
                .isEqualTo("That plan is no longer offered.");

        StaffBrowser signedOut = reader(PaywallFixtures.newMemberId());
        signedOut.page("/subscribe");
        signedOut.forget(TestReaders.COOKIE);
        assertThat(message(signedOut.post("/subscribe", "plan", String.valueOf(plan.id()), "interval", "month")))
                .contains("Sign in or create a free account first");
        assertThat(stripe.calls("/v1/checkout/sessions"))
                .noneMatch(c -> String.valueOf(member).equals(c.form().get("client_reference_id")));

        stripe.refuseNext("Stripe is having a moment");
        assertThat(message(reader.post("/subscribe", "plan", String.valueOf(plan.id()), "interval", "month")))
                .contains("could not reach our payment provider");
    }

    @Test
    void aSubscriberSeesTheirPlanAndManagesItInThePortal() {
        Plan plan = PaywallFixtures.plan(ctx);
        long member = PaywallFixtures.newMemberId();
        String customer = "cus_portal" + member;
        PaywallFixtures.subscribed(ctx, port, member, customer, plan);
        StaffBrowser reader = reader(member);

        Document page = reader.page("/subscribe");
        assertThat(page.select(".plan-panel .plan-name").text()).isEqualTo(plan.name());
        assertThat(page.select(".plan-panel .plan-detail").text()).startsWith("Paid until");
        assertThat(page.select(".plans form")).as("no second subscription on offer").isEmpty();
        assertThat(message(reader.post("/subscribe", "plan", String.valueOf(plan.id()), "interval", "month")))
                .contains("You already subscribe");

        HttpResponse<String> r = reader.post("/subscribe/manage");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("location").orElseThrow()).startsWith("https://billing.stripe.com/p/session/");
        assertThat(stripe.last("/v1/billing_portal/sessions", "customer", customer).form())
                .containsEntry("return_url", "https://news.example.org/subscribe");
        StaffBrowser nonSubscriber = reader(PaywallFixtures.newMemberId());
        nonSubscriber.page("/subscribe");
        assertThat(message(nonSubscriber.post("/subscribe/manage"))).contains("no paid subscription to manage");
    }

    @Test
    void checkoutReturnsToAWelcomeOrANoPaymentPage() {
        Plan plan = PaywallFixtures.plan(ctx);
        long member = PaywallFixtures.newMemberId();
        PaywallFixtures.subscribed(ctx, port, member, "cus_welcome" + member, plan);

        Document welcome = reader(member).page("/subscribe/welcome");
        assertThat(welcome.select("h1").text()).isEqualTo("Thank you for subscribing");
        assertThat(welcome.select(".plan-panel .plan-name").text()).isEqualTo(plan.name());
        Document cancelled = new StaffBrowser(port, StaffFixtures.freshAddress()).page("/subscribe/cancelled");
        assertThat(cancelled.select("h1").text()).isEqualTo("No payment was taken");
        assertThat(cancelled.select("a[href=/subscribe]")).isNotEmpty();
    }

    private static String message(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(200);
        return Jsoup.parse(r.body()).select("[role=alert]").text();
    }
}
