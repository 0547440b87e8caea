package org.masthead.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.paywall.Entitlement;
import org.masthead.paywall.Plan;
import org.masthead.paywall.PlanService.PlanForSale;
import org.masthead.site.SubscribePages.PlanPanel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscribe page without Stripe keys, and the account page's Plan panel in each state, rendered from the
 * precompiled templates with the view records the controllers build (no Spring context).
 */
class SubscribeTemplateTests {

    private final TemplateEngine jte = TemplateEngine.createPrecompiled(ContentType.Html);
    private final SubscribeViews views = new SubscribeViews(Locale.forLanguageTag("en-GB"), ZoneId.of("Europe/London"));
    private final Views.Chrome chrome = new Views.Chrome("The Test Herald", "en-GB", "/", List.of(), List.of(), "2026", "", null, List.of());
    private final Views.Meta meta = new Views.Meta("Subscribe", null, null, "website", null, null, null, List.of(),
            null, null, null, null, null, List.of());

    private Document render(String template, Object page) {
        StringOutput out = new StringOutput();
        jte.render(template, page, out);
        return Jsoup.parse(out.toString());
    }

    private static Plan plan() {
        return new Plan(7, "Digital", "", "EUR", 899L, null, 0, true, null, null, null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void withoutPaymentsThePageSaysSoAndOffersNoButton() {
        var offering = views.offering(List.of(new PlanForSale(plan(), List.of())), false, true, null);
        Document page = render("site/subscribe.jte", new SubscribePages.SubscribePage(chrome, meta, offering, "",
                "/account/sign-in"));

        assertThat(page.select("[role=note]").text()).contains("Online payment is not set up yet");
        assertThat(page.select(".plan .price-amount").text()).isEqualTo("€8.99 a month");
        assertThat(page.select("form, .plan a.button, .plan button")).isEmpty();
    }

    @Test
    void thePlanPanelSaysWhereTheSubscriptionStands() {
        Instant until = Instant.parse("2027-01-03T00:00:00Z");
        Document active = panel(views.panel(new Entitlement(true, "Digital", until, "active"), true));
        assertThat(active.select(".plan-name").text()).isEqualTo("Digital");
        assertThat(active.select(".plan-detail").text()).isEqualTo("Paid until 3 January 2027.");
        assertThat(active.select("form[action=/subscribe/manage] button").text()).isEqualTo("Manage or cancel");
        assertThat(active.select("a[href=/subscribe]")).isEmpty();

        Document pastDue = panel(views.panel(new Entitlement(true, "Digital", until, "past_due"), true));
        assertThat(pastDue.select(".plan-panel").hasClass("plan-warn")).isTrue();
        assertThat(pastDue.select(".plan-detail").text()).contains("did not go through", "until 3 January 2027");

        Document lapsed = panel(views.panel(new Entitlement(false, "Digital", until, "lapsed"), false));
        assertThat(lapsed.select(".plan-name").text()).isEqualTo("No subscription");
        assertThat(lapsed.select(".plan-detail").text()).isEqualTo("Digital: lapsed on 3 January 2027.");
        assertThat(lapsed.select("a[href=/subscribe]").text()).isEqualTo("See plans");
        assertThat(lapsed.select("form")).isEmpty();

        Document none = panel(views.panel(Entitlement.NONE, false));
        assertThat(none.select(".plan-detail").text()).isEqualTo("You read with a free account.");

        Document comped = panel(views.panel(new Entitlement(true, null, until, "comped"), false));
        assertThat(comped.select(".plan-name").text()).isEqualTo("Subscriber");
        assertThat(comped.select(".plan-detail").text()).as("the last day chosen").isEqualTo("Complimentary until the end of 2 January 2027.");
    }

    @Test
    void deletionSaysWhatBecomesOfALiveSubscription() {
        Instant until = Instant.parse("2027-01-03T00:00:00Z");
        assertThat(views.onDeletion(new Entitlement(true, "Digital", until, "active")))
                .isEqualTo("Your Digital subscription will be cancelled when the account is deleted, and nothing more will be charged.");
        assertThat(views.onDeletion(new Entitlement(true, "Digital", until, "past_due"))).contains("will be cancelled");
        assertThat(views.onDeletion(new Entitlement(true, null, until, "comped"))).contains("complimentary subscription ends");
        assertThat(views.onDeletion(new Entitlement(false, "Digital", until, "lapsed"))).isEmpty();
        assertThat(views.onDeletion(Entitlement.NONE)).isEmpty();
    }

    private Document panel(PlanPanel panel) {
        StringOutput out = new StringOutput();
        jte.render("site/plan-panel.jte", java.util.Map.of("panel", panel), out);
        return Jsoup.parse(out.toString());
    }
}
