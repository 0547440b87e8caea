package org.masthead.paywall;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.MutableClock;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** /admin/subscriptions: granting and ending comps, with refused input kept; who may; ids that name nothing. */
@H2IntegrationTest
class SubscriberAdminTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired Entitlements entitlements;
    @Autowired SubscriptionRepository subscriptions;
    @Autowired MutableClock clock;

    private StaffBrowser admin() {
        StaffBrowser b = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
        b.page("/admin/subscriptions");
        return b;
    }

    private String inDays(int days) {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Kolkata")).plusDays(days).toString();
    }

    @Test
    void anAdminGrantsASubscriptionAndEndsIt() {
        StaffBrowser admin = admin();
        Plan plan = PaywallFixtures.plan(ctx);
        long member = MemberFixtures.member(ctx, "Columnist").id();

        HttpResponse<String> r = admin.post("/admin/subscriptions/comps", "member", String.valueOf(member),
                "plan", String.valueOf(plan.id()), "endsOn", inDays(30), "note", "Columnist");
        assertThat(r.headers().firstValue("location")).hasValue("/admin/subscriptions?member=" + member + "&done=granted");
        Document page = admin.page(r.headers().firstValue("location").orElseThrow());
        assertThat(page.select("[role=status]").text()).isEqualTo("Subscription granted.");
        assertThat(page.select("tbody tr").text()).contains(String.valueOf(member), plan.name(), "Granted", "Columnist", "comped",
                LocalDate.parse(inDays(30)).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
        assertThat(entitlements.of(member).subscriber()).isTrue();

        admin.post(page.selectFirst("tbody form").attr("action"));
        assertThat(entitlements.of(member).subscriber()).isFalse();
        assertThat(entitlements.of(member).state()).isEqualTo("canceled");
        assertThat(admin.page("/admin/subscriptions?member=" + member).select("tbody tr").text()).contains("canceled");
    }

    @Test
    void anAdminFindsTheReaderByTheirEmailAddress() {
        StaffBrowser admin = admin();
        Member reader = MemberFixtures.member(ctx, "Guest Writer");

        HttpResponse<String> r = admin.post("/admin/subscriptions/comps", "member", " " + reader.email().toUpperCase() + " ",
                "endsOn", inDays(10));

        assertThat(r.headers().firstValue("location")).hasValue("/admin/subscriptions?member=" + reader.id() + "&done=granted");
        assertThat(entitlements.of(reader.id()).state()).isEqualTo("comped");
        Document found = admin.page("/admin/subscriptions?member=" + URLEncoder.encode(reader.email(), StandardCharsets.UTF_8));
        assertThat(found.select("#list-title").text()).isEqualTo("Member " + reader.id() + " · " + reader.email());
        assertThat(found.select("tbody tr")).singleElement().satisfies(tr -> assertThat(tr.text()).contains("Granted", "comped"));
    }

    @Test
    void anUnknownAddressOrNumberIsNamedAndNothingTypedIsLost() {
        StaffBrowser admin = admin();
        Plan plan = PaywallFixtures.plan(ctx);

        HttpResponse<String> r = admin.post("/admin/subscriptions/comps", "member", "nobody@example.org",
                "plan", String.valueOf(plan.id()), "endsOn", inDays(5), "note", "Launch guest");

        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#member-error").text()).isEqualTo("no reader has an account with that e-mail address");
        assertThat(page.select("#member").val()).isEqualTo("nobody@example.org");
        assertThat(page.select("#plan option[selected]").val()).isEqualTo(String.valueOf(plan.id()));
        assertThat(page.select("#endsOn").val()).isEqualTo(inDays(5));
        assertThat(page.select("#note").val()).isEqualTo("Launch guest");
        Document byNumber = Jsoup.parse(admin.post("/admin/subscriptions/comps", "member", "987654321987",
                "endsOn", inDays(5)).body());
        assertThat(byNumber.select("#member-error").text()).isEqualTo("no reader has an account with that number");

        Document search = admin.page("/admin/subscriptions?member=nobody%40example.org");
        assertThat(search.select("#list-title").text()).isEqualTo("No such reader");
        assertThat(search.select("[role=alert]").text()).contains("No reader has an account");
        assertThat(search.select("#find-member").val()).isEqualTo("nobody@example.org");
        assertThat(search.select("tbody tr")).isEmpty();
    }

    @Test
    void aRefusedGrantKeepsWhatWasTypedAndNamesEachProblem() {
        StaffBrowser admin = admin();
        HttpResponse<String> r = admin.post("/admin/subscriptions/comps", "member", "Ann", "plan", "987654321",
                "endsOn", "2001-01-01", "note", "For the launch");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#member-error").text()).contains("member's number");
        assertThat(page.select(".field-error").text()).contains("choose one of the plans", "today or a later day");
        assertThat(page.select("#member").val()).isEqualTo("Ann");
        assertThat(page.select("#endsOn").val()).isEqualTo("2001-01-01");
        assertThat(page.select("#note").val()).isEqualTo("For the launch");
    }

    @Test
    void onlyThoseWhoManagePlansGrantAndOnlyRunningCompsCanBeEnded() {
        long member = PaywallFixtures.newMemberId();
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        assertThat(editor.get("/admin/subscriptions").statusCode()).isEqualTo(403);
        editor.page("/admin");
        assertThat(editor.post("/admin/subscriptions/comps", "member", String.valueOf(member), "endsOn", inDays(3))
                .statusCode()).isEqualTo(403);
        assertThat(subscriptions.forMember(member)).isEmpty();

        StaffBrowser admin = admin();
        String sub = StripeWebhookSender.newId("sub_");
        new StripeWebhookSender(port, clock).send(StripeWebhookSender.event(StripeWebhookSender.newId("evt_"),
                "customer.subscription.created", clock.instant().getEpochSecond(),
                StripeWebhookSender.subscription(sub, "cus_x" + member, "active", member, "price_none", 0)));
        long stripeRow = subscriptions.forMember(member).get(0).id();
        assertThat(admin.post("/admin/subscriptions/comps/" + stripeRow + "/end").statusCode()).isEqualTo(404);
        assertThat(admin.post("/admin/subscriptions/comps/987654321/end").statusCode()).isEqualTo(404);
        assertThat(entitlements.of(member).subscriber()).isTrue();
    }
}
