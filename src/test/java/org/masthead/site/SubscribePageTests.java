package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.members.Readers;
import org.masthead.members.ReaderBrowser;
import org.masthead.paywall.FakeStripe;
import org.masthead.paywall.PaywallFixtures;
import org.masthead.paywall.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /subscribe as readers use it, signed in for real (a member's password, a reader session): plans and prices,
 * signing in from there and back, the hand-over to (fake) Stripe Checkout, the landings.
 */
@H2IntegrationTest
class SubscribePageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;

    private final FakeStripe stripe = FakeStripe.get();

    private Member member() {
        return MemberFixtures.member(ctx, "Subscribing Reader");
    }

    private ReaderBrowser reader(Member m) {
        return MemberFixtures.signedIn(port, m);
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
        assertThat(card.select("a.button").eachAttr("href")).containsOnly("/account/sign-in?next=%2Fsubscribe");
        assertThat(card.select("form")).isEmpty();
        assertThat(page.getElementById("plan-" + withdrawn.id())).isNull();
        assertThat(r.headers().firstValue("cache-control").orElse("")).doesNotContain("public");
        assertThat(r.headers().firstValue("content-security-policy").orElse(""))
                .contains("form-action 'self' https://checkout.stripe.com https://billing.stripe.com");
    }

    @Test
    void aReaderWhoSignsInFromTheSubscribePageComesBackToIt() {
        PaywallFixtures.plan(ctx);
        Member m = member();
        ReaderBrowser browser = new ReaderBrowser(port, MemberFixtures.freshAddress());
        String signIn = browser.page("/subscribe").select(".plan a.button").first().attr("href");

        Document form = browser.page(signIn);
        assertThat(form.select("input[name=next]").val()).isEqualTo("/subscribe");
        assertThat(form.select("a[href^=/account/sign-up]").attr("href")).isEqualTo("/account/sign-up?next=%2Fsubscribe");
        HttpResponse<String> r = browser.post("/account/sign-in", "email", m.email(), "password", MemberFixtures.PASSWORD,
                "next", form.select("input[name=next]").val());

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("location")).hasValue("/subscribe");
        assertThat(browser.page("/subscribe").select(".plan form button")).as("prices to buy, signed in").isNotEmpty();
    }

    @Test
    void aSignedInReaderIsSentToCheckoutWithTheirPlanPriceAndId() {
        Plan plan = PaywallFixtures.plan(ctx, Map.of("trialDays", "14"));
        Member m = member();
        long member = m.id();
        ReaderBrowser reader = reader(m);
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
                .containsEntry("customer_email", m.email())
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
        Member m = member();
        long member = m.id();
        ReaderBrowser reader = reader(m);
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
        Member m = member();
        long member = m.id();
        ReaderBrowser reader = reader(m);
        reader.page("/subscribe");

        assertThat(message(reader.post("/subscribe", "plan", String.valueOf(withdrawn.id()), "interval", "month")))
                .isEqualTo("That plan is no longer offered.");
        assertThat(reader.postWith("/subscribe", new String[]{"Origin", "https://evil.example"}, "plan", String.valueOf(plan.id()),
                "interval", "month").statusCode()).as("a post from another site is forged").isEqualTo(403);
        assertThat(message(reader.post("/subscribe", "plan", String.valueOf(plan.id()), "interval", "week")))
                .isEqualTo("Choose one of the prices shown.");
        assertThat(message(reader.post("/subscribe", "plan", "'; DROP TABLE", "interval", "month")))
                .isEqualTo("That plan is no longer offered.");

        ReaderBrowser signedOut = reader(member());
        signedOut.page("/subscribe");
        signedOut.forget(Readers.SESSION_COOKIE);
        signedOut.forget(Readers.IDENTITY_COOKIE);
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
        Member m = member();
        String customer = "cus_portal" + m.id();
        PaywallFixtures.subscribed(ctx, port, m.id(), customer, plan);
        ReaderBrowser reader = reader(m);

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
        ReaderBrowser nonSubscriber = reader(member());
        nonSubscriber.page("/subscribe");
        assertThat(message(nonSubscriber.post("/subscribe/manage"))).contains("no paid subscription to manage");
    }

    @Test
    void checkoutReturnsToAWelcomeOrANoPaymentPage() {
        Plan plan = PaywallFixtures.plan(ctx);
        Member m = member();
        PaywallFixtures.subscribed(ctx, port, m.id(), "cus_welcome" + m.id(), plan);

        Document welcome = reader(m).page("/subscribe/welcome");
        assertThat(welcome.select("h1").text()).isEqualTo("Thank you for subscribing");
        assertThat(welcome.select(".plan-panel .plan-name").text()).isEqualTo(plan.name());
        Document cancelled = new ReaderBrowser(port, MemberFixtures.freshAddress()).page("/subscribe/cancelled");
        assertThat(cancelled.select("h1").text()).isEqualTo("No payment was taken");
        assertThat(cancelled.select("a[href=/subscribe]")).isNotEmpty();
    }

    private static String message(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(200);
        return Jsoup.parse(r.body()).select("[role=alert]").text();
    }
}
