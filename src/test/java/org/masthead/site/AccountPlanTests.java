package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.MutableClock;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.members.ReaderBrowser;
import org.masthead.paywall.FakeStripe;
import org.masthead.paywall.PaywallFixtures;
import org.masthead.paywall.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page's Plan section in each state a reader can be in, with its actions; what the data download
 * and a deletion request say about the subscription.
 */
@H2IntegrationTest
class AccountPlanTests {

    private static final ZoneId PAPER = ZoneId.of("Asia/Kolkata");

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired MutableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private Element plan(ReaderBrowser reader) {
        Element plan = reader.page("/account").getElementById("plan");
        assertThat(plan).as("the Plan section").isNotNull();
        assertThat(plan.select("h2").text()).isEqualTo("Plan");
        return plan;
    }

    private String subscribed(Member m, Plan plan) {
        return PaywallFixtures.subscribed(ctx, port, m.id(), "cus_account" + m.id(), plan);
    }

    @Test
    void aReaderWithoutAPlanIsOfferedThePlans() {
        Element plan = plan(MemberFixtures.signedIn(port, MemberFixtures.member(ctx, "Free Reader")));

        assertThat(plan.select(".plan-name").text()).isEqualTo("No subscription");
        assertThat(plan.select(".plan-detail").text()).isEqualTo("You read with a free account.");
        assertThat(plan.select("a[href=/subscribe]").text()).isEqualTo("See plans");
        assertThat(plan.select("form")).isEmpty();
    }

    @Test
    void anActiveSubscriberSeesTheirPlanAndManagesItInThePortalBackToTheAccount() {
        Plan digital = PaywallFixtures.plan(ctx);
        Member m = MemberFixtures.member(ctx, "Paying Reader");
        subscribed(m, digital);
        ReaderBrowser reader = MemberFixtures.signedIn(port, m);

        Element plan = plan(reader);
        assertThat(plan.hasClass("plan-ok")).isTrue();
        assertThat(plan.select(".plan-name").text()).isEqualTo(digital.name());
        assertThat(plan.select(".plan-detail").text()).isEqualTo("Paid until " + day(clock.instant().plus(Duration.ofDays(30))) + ".");
        assertThat(plan.select("a[href=/subscribe]")).isEmpty();
        Element manage = plan.selectFirst("form[action=/subscribe/manage]");
        assertThat(manage.select("button").text()).isEqualTo("Manage or cancel");

        HttpResponse<String> r = reader.post(manage.attr("action"), "back", manage.select("input[name=back]").val());

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("location").orElseThrow()).startsWith("https://billing.stripe.com/p/session/");
        assertThat(FakeStripe.get().last("/v1/billing_portal/sessions", "customer", "cus_account" + m.id()).form())
                .containsEntry("return_url", "https://news.example.org/account");
        reader.post("/subscribe/manage", "back", "https://evil.example/");
        assertThat(FakeStripe.get().last("/v1/billing_portal/sessions", "customer", "cus_account" + m.id()).form())
                .as("only our own pages").containsEntry("return_url", "https://news.example.org/subscribe");
    }

    @Test
    void aSubscriberWhosePaymentFailedIsWarnedAndKeepsReadingThroughTheGracePeriodThenLapses() {
        Plan digital = PaywallFixtures.plan(ctx);
        Member m = MemberFixtures.member(ctx, "Late Payer");
        String sub = subscribed(m, digital);
        PaywallFixtures.paymentFailed(ctx, port, sub, "cus_account" + m.id());
        ReaderBrowser reader = MemberFixtures.signedIn(port, m);

        Element grace = plan(reader);
        assertThat(grace.hasClass("plan-warn")).isTrue();
        assertThat(grace.select(".plan-name").text()).isEqualTo(digital.name());
        assertThat(grace.select(".plan-detail").text()).isEqualTo("Your last payment did not go through. You keep reading until "
                + day(clock.instant().plus(Duration.ofDays(7))) + "; update your payment details to carry on.");
        assertThat(grace.select("form[action=/subscribe/manage] button").text()).isEqualTo("Manage or cancel");

        String graceEnd = day(clock.instant().plus(Duration.ofDays(7)));
        clock.advance(Duration.ofDays(8));
        Element lapsed = plan(reader);
        assertThat(lapsed.hasClass("plan-none")).isTrue();
        assertThat(lapsed.select(".plan-name").text()).isEqualTo("No subscription");
        assertThat(lapsed.select(".plan-detail").text()).isEqualTo(digital.name() + ": lapsed on " + graceEnd + ".");
        assertThat(lapsed.select("a[href=/subscribe]").text()).isEqualTo("See plans");
    }

    @Test
    void aCompedReaderSeesTheLastDayTheAdminChose() {
        Plan digital = PaywallFixtures.plan(ctx);
        Member m = MemberFixtures.member(ctx, "Guest Writer");
        LocalDate lastDay = LocalDate.ofInstant(clock.instant(), PAPER).plusDays(20);
        PaywallFixtures.comped(ctx, m.id(), digital, lastDay);

        Element plan = plan(MemberFixtures.signedIn(port, m));

        assertThat(plan.select(".plan-name").text()).isEqualTo(digital.name());
        assertThat(plan.select(".plan-detail").text()).isEqualTo("Complimentary until the end of "
                + lastDay.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("en-GB"))) + ".");
        assertThat(plan.select("form")).as("nothing to manage at Stripe").isEmpty();
    }

    @Test
    void theDataDownloadHoldsTheSubscriptionAndDeletingSaysItWillBeCancelled() {
        Plan digital = PaywallFixtures.plan(ctx);
        Member m = MemberFixtures.member(ctx, "Leaving Subscriber");
        String sub = subscribed(m, digital);
        ReaderBrowser reader = MemberFixtures.signedIn(port, m);

        String json = reader.get("/account/data.json").body();
        assertThat(json).contains("\"subscriptions\":[{\"plan\":\"" + digital.name() + "\",\"source\":\"stripe\",\"state\":\"active\"")
                .doesNotContain(sub, "cus_account");

        Document account = reader.page("/account");
        assertThat(account.select("#data .deletion-note").text())
                .isEqualTo("Your " + digital.name() + " subscription will be cancelled when the account is deleted, "
                        + "and nothing more will be charged.");
        HttpResponse<String> deleting = reader.post("/account/delete", "confirmEmail", m.email());
        assertThat(Jsoup.parse(deleting.body()).select(".auth-lead").text()).contains("will be cancelled when the account is deleted");
    }

    private static String day(java.time.Instant at) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("en-GB")).withZone(PAPER).format(at);
    }
}
