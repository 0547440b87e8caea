package org.masthead.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.members.ConsentWording;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The consent screen: wordings edited as new versions, and the ledger exported, by those who manage readers. */
@H2IntegrationTest
class ConsentsPageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired Consents consents;

    @Test
    void anAdminSavesANewWordingAndTheOldOneStaysOnRecord() {
        StaffBrowser admin = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
        ConsentWording before = consents.currentWording(Consents.NOTIFICATIONS);
        Document page = admin.page("/admin/consents");
        assertThat(page.select("nav a").eachText()).contains("Consents");
        assertThat(page.select("section h2").eachText()).anyMatch(h -> h.startsWith("notifications"));

        String text = "Tell me by e-mail when someone replies to me. Version test " + System.nanoTime();
        HttpResponse<String> saved = admin.post("/admin/consents/notifications", "wording", text);
        assertThat(saved.headers().firstValue("location")).hasValue("/admin/consents?saved=notifications");
        ConsentWording now = consents.currentWording(Consents.NOTIFICATIONS);
        assertThat(now.version()).isEqualTo(before.version() + 1);
        assertThat(now.text()).isEqualTo(text);
        Document after = admin.page("/admin/consents?saved=notifications");
        assertThat(after.selectFirst("#wording-notifications").text()).isEqualTo(text);
        assertThat(after.select("details li").eachText()).anyMatch(li -> li.contains(before.text()));

        Member m = MemberFixtures.member(ctx, "Shown New Wording");
        assertThat(MemberFixtures.signedIn(port, m).page("/account").text()).as("readers see it at once").contains(text);
    }

    @Test
    void anEmptyWordingIsRefusedBesideTheField() {
        StaffBrowser admin = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.OWNER));
        admin.page("/admin/consents");
        ConsentWording before = consents.currentWording(Consents.OFFERS);
        HttpResponse<String> r = admin.post("/admin/consents/offers", "wording", "   ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.body()).selectFirst("#wording-offers-error").text()).contains("Write what the reader agrees to");
        assertThat(consents.currentWording(Consents.OFFERS)).isEqualTo(before);
        assertThat(admin.post("/admin/consents/everything", "wording", "Anything").statusCode()).isEqualTo(400);
    }

    @Test
    void theLedgerExportIsCsvForAdminsOnly() {
        Member m = MemberFixtures.member(ctx, "Exported Reader");
        consents.record(m.id(), Consents.OFFERS, true, "sign-up", consents.currentWording(Consents.OFFERS).id());
        StaffBrowser admin = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
        HttpResponse<String> csv = admin.get("/admin/consents.csv");
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("content-disposition").orElse("")).contains("consent-ledger.csv");
        assertThat(csv.body().lines().findFirst()).hasValue("record,member,email,purpose,action,recorded_at,source,wording_id,wording_version");
        assertThat(csv.body()).contains("," + m.id() + "," + m.email() + ",offers,granted,");

        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        assertThat(editor.get("/admin/consents.csv").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/consents").statusCode()).isEqualTo(403);
        assertThat(editor.page("/admin").select("nav a").eachText()).doesNotContain("Consents");
        assertThat(new Http(port).get("/admin/consents.csv").statusCode()).as("not signed in").isEqualTo(302);
    }
}
