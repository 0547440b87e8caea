package org.masthead.admin;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.content.Article;
import org.masthead.content.ArticleService;
import org.masthead.staff.Role;
import org.masthead.staff.StaffBrowser;
import org.masthead.staff.StaffFixtures;
import org.masthead.webhooks.WebhookJobsNow;
import org.masthead.webhooks.WebhookService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.published;
import static org.masthead.content.ContentFixtures.unique;

/** The webhooks screens: registering with a secret shown once, deliveries with their attempts, redelivery. */
@H2IntegrationTest
class WebhooksPageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired WebhookService webhooks;
    @Autowired ArticleService articles;

    private HttpServer receiver;
    private final AtomicInteger answer = new AtomicInteger(200);
    private final List<Long> madeArticles = new ArrayList<>();
    private StaffBrowser admin;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = ("answer " + answer.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(answer.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        receiver.start();
        admin = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.ADMIN));
    }

    @AfterEach
    void stop() {
        webhooks.endpoints().stream().filter(e -> e.url().startsWith(url(""))).forEach(e -> webhooks.delete(e.id()));
        madeArticles.forEach(articles::delete);
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private long register(String path) {
        admin.page("/admin/webhooks");
        HttpResponse<String> r = admin.post("/admin/webhooks", "url", url(path), "description", "Wire desk",
                "events", "article.published", "events", "article.unpublished", "active", "on");
        assertThat(r.statusCode()).isEqualTo(200);
        return Long.parseLong(Jsoup.parse(r.body()).selectFirst("form[action$=/rotate-secret]").attr("action").split("/")[3]);
    }

    @Test
    void onlyThoseWhoManageWebhooksSeeOrChangeThemWhateverTheId() {
        long id = register("/perm");
        StaffBrowser editor = StaffFixtures.signedIn(ctx, port, StaffFixtures.member(ctx, Role.EDITOR));
        for (String path : List.of("/admin/webhooks", "/admin/webhooks/" + id, "/admin/webhooks/987654")) {
            assertThat(editor.get(path).statusCode()).as(path).isEqualTo(403);
        }
        editor.page("/admin");
        for (String path : List.of("/admin/webhooks", "/admin/webhooks/" + id, "/admin/webhooks/" + id + "/rotate-secret",
                "/admin/webhooks/" + id + "/delete", "/admin/webhooks/987654/delete",
                "/admin/webhooks/" + id + "/deliveries/x/redeliver")) {
            assertThat(editor.post(path, "url", "https://evil.example/x", "events", "article.published").statusCode())
                    .as(path).isEqualTo(403);
        }
        assertThat(editor.page("/admin").select("nav a")).extracting(Element::text).doesNotContain("Webhooks");
        assertThat(webhooks.endpoint(id).url()).isEqualTo(url("/perm"));
        assertThat(admin.get("/admin/webhooks/987654").statusCode()).isEqualTo(404);
    }

    @Test
    void registeringShowsTheSecretOnceAndAMistakeKeepsWhatWasTyped() {
        admin.page("/admin/webhooks");
        Document refused = Jsoup.parse(admin.post("/admin/webhooks", "url", "ftp://example.org/hook",
                "description", "Our archive").body());
        assertThat(refused.selectFirst("#url-error")).isNotNull();
        assertThat(refused.selectFirst("#events-error").text()).contains("choose at least one");
        assertThat(refused.selectFirst("#url").val()).isEqualTo("ftp://example.org/hook");
        assertThat(refused.selectFirst("#description").val()).isEqualTo("Our archive");

        HttpResponse<String> r = admin.post("/admin/webhooks", "url", url("/hook"), "description", "Our archive",
                "events", "article.published", "active", "on");
        Document shown = Jsoup.parse(r.body());
        String secret = shown.selectFirst("#secret").val();
        assertThat(secret).startsWith("whsec_");
        assertThat(shown.select("input[name=events][checked]")).extracting(e -> e.val()).containsExactly("article.published");

        Document list = admin.page("/admin/webhooks");
        Element row = list.select("tbody tr").stream().filter(t -> t.text().contains(url("/hook"))).findFirst().orElseThrow();
        assertThat(row.text()).contains("Our archive", "article.published", "active");
        String page = admin.get(row.selectFirst("a").attr("href")).body();
        assertThat(page).doesNotContain(secret);

        Document rotated = Jsoup.parse(admin.post(row.selectFirst("a").attr("href") + "/rotate-secret").body());
        assertThat(rotated.selectFirst("#secret").val()).startsWith("whsec_").isNotEqualTo(secret);
    }

    @Test
    void deliveriesShowTheirAttemptsAndCanBeSentAgain() {
        long id = register("/deliveries");
        answer.set(500);
        Article a = published(articles, draft(unique("Webhook screen story")));
        madeArticles.add(a.id());
        WebhookJobsNow.deliverDue(ctx);

        Document page = admin.page("/admin/webhooks/" + id);
        Element delivery = page.select("table.deliveries tbody tr").first();
        assertThat(delivery.text()).contains("article.published", "pending", "1 attempt");
        assertThat(delivery.select("ol.attempts li").first().text()).contains("500", "answer 500");

        String redeliver = delivery.selectFirst("form").attr("action");
        long other = register("/someone-else");
        assertThat(admin.post(redeliver.replace("/webhooks/" + id + "/", "/webhooks/" + other + "/")).statusCode())
                .as("a delivery is sent again only under its own endpoint").isEqualTo(404);
        answer.set(200);
        assertThat(admin.post(redeliver).headers().firstValue("location"))
                .hasValue("/admin/webhooks/" + id + "?done=redelivered");
        WebhookJobsNow.deliverDue(ctx);
        Document after = admin.page("/admin/webhooks/" + id + "?done=redelivered");
        assertThat(after.selectFirst("[role=status]").text()).contains("queued again");
        assertThat(after.select("table.deliveries tbody tr").first().text()).contains("delivered", "1 attempt");
    }

    @Test
    void anInactiveEndpointIsNotRedeliveredAndDeletingRemovesIt() {
        long id = register("/inactive");
        Article a = published(articles, draft(unique("Inactive webhook story")));
        madeArticles.add(a.id());
        admin.page("/admin/webhooks/" + id);
        HttpResponse<String> saved = admin.post("/admin/webhooks/" + id, "url", url("/inactive"), "description",
                "Paused", "events", "article.published");
        assertThat(saved.headers().firstValue("location")).hasValue("/admin/webhooks/" + id + "?done=saved");
        Document page = admin.page("/admin/webhooks/" + id + "?done=saved");
        assertThat(page.selectFirst("#active").hasAttr("checked")).isFalse();
        assertThat(page.select("p .tag").text()).isEqualTo("inactive");

        Document refused = Jsoup.parse(admin.post(page.selectFirst("table.deliveries form").attr("action")).body());
        assertThat(refused.selectFirst("[role=alert]").text()).contains("Not sent again", "inactive");

        assertThat(admin.post("/admin/webhooks/" + id + "/delete").headers().firstValue("location"))
                .hasValue("/admin/webhooks?done=deleted");
        assertThat(admin.get("/admin/webhooks/" + id).statusCode()).isEqualTo(404);
        assertThat(admin.page("/admin/webhooks").text()).doesNotContain(url("/inactive"));
    }
}
