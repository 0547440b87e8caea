package org.masthead.newsletter;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.members.MemberFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** /admin/newsletters as admins and editors meet it: the lists, the form, archiving. */
@H2IntegrationTest
class ListAdminTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired NewsletterLists lists;
    @Autowired Subscriptions subscriptions;
    @Autowired TaxonomyService taxonomy;

    private StaffBrowser signedIn(Role role) {
        StaffBrowser b = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, role));
        b.page("/admin");
        return b;
    }

    private Element row(Document page, String name) {
        return page.select("table.newsletter-lists tr:has(a:containsOwn(" + name + "))").first();
    }

    @Test
    void theListShowsEachNewslettersScheduleAndHowManySubscribe() {
        NewsletterList daily = NewsletterFixtures.dailyDigest(ctx, "Dawn", LocalTime.of(6, 30),
                List.of(taxonomy.sections().get(0).id()));
        NewsletterList weekly = NewsletterFixtures.list(ctx, "Week", Cadence.WEEKLY, LocalTime.of(7, 0),
                java.time.DayOfWeek.MONDAY, List.of(taxonomy.sections().get(0).id()));
        for (int i = 0; i < 2; i++) {
            subscriptions.subscribe(MemberFixtures.member(ctx, "Reader " + i).id(), daily.id(), Subscriptions.ACCOUNT_PAGE);
        }
        Document page = signedIn(Role.ADMIN).page("/admin/newsletters");
        assertThat(page.select("nav.tabs a[aria-current=page]").text()).isEqualTo("Newsletters");
        assertThat(row(page, daily.name()).text()).contains("Daily at 06:30", "Everyone").endsWith("2 Archive " + daily.name());
        assertThat(row(page, weekly.name()).text()).contains("Weekly, Mondays at 07:00").contains(" 0 ");
    }

    @Test
    void anAdminCreatesANewsletterWithSectionsAndItsDefaultSender() {
        StaffBrowser admin = signedIn(Role.ADMIN);
        Document form = admin.page("/admin/newsletters/new");
        assertThat(form.select("#senderName").val()).isEqualTo("The Test Herald");
        assertThat(form.select("#senderAddress").val()).isEqualTo("noreply@news.example.org");
        Section section = taxonomy.sections().get(0);
        String name = "Evening Digest " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> r = admin.post("/admin/newsletters", "name", name, "slug", "", "description", "The day in brief.",
                "kind", "news", "audience", "everyone", "cadence", "daily", "sendTime", "18:15", "sendDay", "",
                "sections", String.valueOf(section.id()), "senderName", "The Evening Desk",
                "senderAddress", "evening@example.org", "replyTo", "letters@example.org");
        assertThat(r.headers().firstValue("location")).contains("/admin/newsletters?done=created");
        NewsletterList made = lists.all().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
        assertThat(made.slug()).startsWith("evening-digest-");
        assertThat(made.sectionIds()).containsExactly(section.id());
        assertThat(made.sendTime()).isEqualTo(LocalTime.of(18, 15));
        assertThat(made.replyTo()).isEqualTo("letters@example.org");

        Document edit = admin.page("/admin/newsletters/" + made.id());
        assertThat(edit.select("input[name=sections][value=" + section.id() + "]").hasAttr("checked")).isTrue();
        assertThat(edit.select("#sendTime").val()).isEqualTo("18:15");
        assertThat(edit.select(".form-fact").text()).contains("News").contains("fixed");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndRefusesHeaderInjection() {
        StaffBrowser admin = signedIn(Role.ADMIN);
        admin.page("/admin/newsletters/new");
        HttpResponse<String> r = admin.post("/admin/newsletters", "name", "Injected", "slug", "", "description",
                "Typed with care", "kind", "news", "audience", "everyone", "cadence", "weekly", "sendTime", "",
                "sendDay", "", "senderName", "Desk\r\nBcc: everyone@example.org", "senderAddress",
                "desk@example.org\nBcc: x@example.org", "replyTo", "not-an-address");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = org.jsoup.Jsoup.parse(r.body());
        assertThat(page.select(".error-summary").text()).contains("Nothing was saved");
        assertThat(page.select("#senderName-error").text()).contains("control characters");
        assertThat(page.select("#senderAddress-error").text()).contains("line breaks");
        assertThat(page.select("#replyTo-error").text()).contains("Not an address");
        assertThat(page.select("#sendTime-error").text()).contains("06:30");
        assertThat(page.select("#sendDay").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#description").text()).isEqualTo("Typed with care");
        assertThat(page.select("input[name=cadence][value=weekly]").hasAttr("checked")).isTrue();
        assertThat(lists.all()).noneMatch(l -> l.name().equals("Injected"));
    }

    @Test
    void archivingAsksFirstThenStopsOfferingTheList() {
        NewsletterList l = NewsletterFixtures.manualList(ctx, "Retiring");
        StaffBrowser admin = signedIn(Role.ADMIN);
        Document confirm = admin.page("/admin/newsletters/" + l.id() + "/archive");
        assertThat(confirm.select("h1").text()).isEqualTo("Archive " + l.name() + "?");
        assertThat(confirm.select(".panel").text()).contains("0 subscribers");
        assertThat(admin.post("/admin/newsletters/" + l.id() + "/archive").headers().firstValue("location"))
                .contains("/admin/newsletters?done=archived");
        assertThat(lists.require(l.id()).archived()).isTrue();
        assertThat(row(admin.page("/admin/newsletters"), l.name()).select(".tag").text()).isEqualTo("archived");
    }

    @Test
    void editorsAreSentToTheIssuesOthersAreRefusedAndUnknownListsAreNotFound() {
        HttpResponse<String> editor = signedIn(Role.EDITOR).get("/admin/newsletters");
        assertThat(editor.statusCode()).isEqualTo(302);
        assertThat(editor.headers().firstValue("location")).contains("/admin/newsletters/issues");
        StaffBrowser editorBrowser = signedIn(Role.EDITOR);
        assertThat(editorBrowser.get("/admin/newsletters/new").statusCode()).isEqualTo(403);
        assertThat(signedIn(Role.CONTRIBUTOR).get("/admin/newsletters").statusCode()).isEqualTo(403);
        assertThat(signedIn(Role.ADMIN).get("/admin/newsletters/987654321").statusCode()).isEqualTo(404);
    }
}
