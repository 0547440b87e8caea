package org.masthead.newsletter;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.TestSmtp;
import org.masthead.members.Member;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.newsletter.SendFixtures.awaitEnd;
import static org.masthead.newsletter.SendFixtures.subscribe;
import static org.masthead.newsletter.SendFixtures.subscribers;

/** The send screens as editors read them, and the suppressed addresses as admins keep them. */
@H2IntegrationTest
class SendScreensTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired Sends sends;
    @Autowired SendWorkers workers;
    @Autowired SendPreparation preparation;
    @Autowired JdbcClient db;

    @AfterEach
    void workersBack() {
        workers.resume();
    }

    @Test
    void anEditorReadsTheReportOfASendWithItsTotalsReasonsAndFailedAddresses() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Report");
        List<Member> readers = subscribers(ctx, list, 4);
        subscribe(ctx, list, readers.get(3).id(), false);
        TestSmtp.faults().failRecipient(readers.get(0).email(), "550 5.1.1 Mailbox unavailable", Integer.MAX_VALUE);
        long issue = NewsletterFixtures.issue(ctx, list, "Report subject " + list.id(), "r1");
        workers.pause(); // so that the last reader unsubscribes between the start and their batch
        long id = sends.start(issue, null);
        while (preparation.prepareNextPage()) {
            // all four are candidates
        }
        db.sql("UPDATE newsletter_subscription SET subscribed = FALSE WHERE list_id = :l AND member_id = :m")
                .param("l", list.id()).param("m", readers.get(1).id()).update();
        workers.resume();
        awaitEnd(ctx, id);
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));

        Document sendsPage = editor.page("/admin/newsletters/sends");
        Element row = sendsPage.select("tbody tr").stream().filter(r -> r.text().contains("Report subject " + list.id()))
                .findFirst().orElseThrow();
        assertThat(row.select("td").eachText()).containsSubsequence("Sent", "3", "1", "1", "1");
        assertThat(sendsPage.select("nav.tabs a[aria-current=page]").text()).isEqualTo("Sends");

        Document report = editor.page(row.selectFirst("a").attr("href"));
        assertThat(report.select("[data-field=state]").text()).isEqualTo("Sent");
        assertThat(report.select(".invariant").text()).contains("adds up", "3 candidates = 1 sent + 1 failed + 1 excluded");
        assertThat(report.select("[data-progress]")).as("nothing left to poll").isEmpty();
        assertThat(report.select("section:has(#failures-title) td").eachText()).contains("Refused by the mail server (5xx); address suppressed");
        assertThat(report.select("section:has(#exclusions-title) td").eachText()).contains("Unsubscribed before their batch went");
        assertThat(report.select("table.failed tbody tr").text()).contains(readers.get(0).email(), "550 5.1.1 Mailbox unavailable");
    }

    @Test
    void aRunningSendShowsItsProgressAndItsJsonForThePageScript() throws Exception {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Progress");
        subscribers(ctx, list, 7);
        workers.pause();
        long id = sends.start(NewsletterFixtures.issue(ctx, list, "Under way", "r2"), null);
        preparation.prepareNextPage();
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));

        Document page = editor.page("/admin/newsletters/sends/" + id);
        assertThat(page.select("[data-field=state]").text()).isEqualTo("Sending");
        assertThat(page.selectFirst("[data-progress]").attr("data-progress")).isEqualTo("/admin/newsletters/sends/" + id + "/progress.json");
        assertThat(page.select("[data-field=pending]").text()).isEqualTo("7");
        assertThat(page.select("script[src=/assets/newsletter-send.js]")).hasSize(1);
        var json = editor.get("/admin/newsletters/sends/" + id + "/progress.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"running\":true", "\"candidates\":\"7\"", "\"pending\":\"7\"", "\"balanced\":true");

        workers.resume();
        awaitEnd(ctx, id);
        assertThat(editor.get("/admin/newsletters/sends/" + id + "/progress.json").body()).contains("\"running\":false", "\"sent\":\"7\"");
    }

    @Test
    void aStoppedSendSaysWhyAndResumesFromItsPage() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Stopped");
        Member reader = subscribers(ctx, list, 1).get(0);
        db.sql("UPDATE newsletter_list SET sender_address = 'not an address' WHERE id = :id").param("id", list.id()).update();
        long id = sends.start(NewsletterFixtures.issue(ctx, list, "Stuck", "r3"), null);
        assertThat(awaitEnd(ctx, id).state()).isEqualTo(SendState.FAILED);
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));

        Document page = editor.page("/admin/newsletters/sends/" + id);
        assertThat(page.select("[data-field=state]").text()).isEqualTo("Stopped");
        assertThat(page.select("[role=alert]").text()).contains("This send stopped", "fromAddress");
        db.sql("UPDATE newsletter_list SET sender_address = 'newsletters@example.org' WHERE id = :id").param("id", list.id()).update();
        var resumed = editor.post("/admin/newsletters/sends/" + id + "/resume");
        assertThat(resumed.statusCode()).isEqualTo(302);
        assertThat(resumed.headers().firstValue("location").orElseThrow()).endsWith("/admin/newsletters/sends/" + id + "?done=resumed");
        assertThat(awaitEnd(ctx, id).state()).isEqualTo(SendState.DONE);
        assertThat(TestSmtp.receivedBy(reader.email())).hasSize(1);
    }

    @Test
    void sendsAreForEditorsAndUpAndUnknownSendsAreNotFound() {
        StaffBrowser author = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.AUTHOR));
        assertThat(author.get("/admin/newsletters/sends").statusCode()).isEqualTo(403);
        assertThat(author.get("/admin/newsletters/sends/1/progress.json").statusCode()).isEqualTo(403);
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        assertThat(editor.get("/admin/newsletters/sends/987654321").statusCode()).isEqualTo(404);
        assertThat(editor.get("/admin/newsletters/sends/987654321/progress.json").statusCode()).isEqualTo(404);
        editor.page("/admin/newsletters/sends");
        assertThat(editor.post("/admin/newsletters/sends/987654321/resume").statusCode()).isEqualTo(404);
        assertThat(editor.get("/admin/newsletters/suppressions").statusCode()).as("admins only").isEqualTo(403);
    }

    @Test
    void anAdminFindsSuppressesByHandKeepingWhatWasTypedAndReEnablesAnAddress() {
        StaffBrowser admin = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
        admin.page("/admin/newsletters/suppressions");

        var refused = admin.post("/admin/newsletters/suppressions", "address", "not-an-address", "note", "asked by phone");
        assertThat(refused.statusCode()).isEqualTo(200);
        Document again = org.jsoup.Jsoup.parse(refused.body());
        assertThat(again.select("#address-error").text()).isNotBlank();
        assertThat(again.select("#address").val()).isEqualTo("not-an-address");
        assertThat(again.select("#note").val()).isEqualTo("asked by phone");

        String address = "Phone.Caller." + System.nanoTime() + "@Example.org";
        var added = admin.post("/admin/newsletters/suppressions", "address", address, "note", "asked by phone");
        assertThat(added.statusCode()).isEqualTo(302);
        Document found = admin.page(added.headers().firstValue("location").orElseThrow());
        assertThat(found.select("[role=status]").text()).contains("Suppressed");
        Element row = found.selectFirst("tbody tr");
        assertThat(row.text()).contains(address.toLowerCase(), "By hand", "asked by phone");
        assertThat(found.select("tbody tr")).hasSize(1);

        String lift = row.selectFirst("form").attr("action");
        assertThat(row.selectFirst("button").attr("data-confirm")).contains(address.toLowerCase());
        Document lifted = admin.page(admin.post(lift).headers().firstValue("location").orElseThrow());
        assertThat(lifted.select("[role=status]").text()).contains("Re-enabled");
        assertThat(lifted.selectFirst("tbody tr").text()).contains("Re-enabled").doesNotContain("Re-enable ");
        assertThat(lifted.selectFirst("tbody tr form")).isNull();
        assertThat(admin.post("/admin/newsletters/suppressions/987654321/lift").statusCode()).isEqualTo(404);
    }
}
