package org.masthead.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ApiClient;
import org.masthead.ApiClient.Answer;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticleService;
import org.masthead.staff.StaffService;
import org.masthead.webhooks.Receiver.Received;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.published;
import static org.masthead.content.ContentFixtures.unique;
import static org.masthead.webhooks.WebhooksFixtures.endpointJson;
import static org.masthead.webhooks.WebhooksFixtures.verifies;

/**
 * Webhooks as an admin and a receiver see them, over real HTTP, on H2 and PostgreSQL. The receiver is a JDK
 * HTTP server on 127.0.0.1, which the test configuration allows; the tests run the delivery job themselves.
 */
abstract class WebhooksContract {

    static final String BASE = "/api/admin/webhooks";

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired StaffService staff;
    @Autowired ArticleService articles;
    @Autowired WebhookDispatcher dispatcher;
    @Autowired DeliveryRepository deliveries;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient db;
    @Autowired MeterRegistry meters;
    @Autowired MutableClock clock;

    ApiClient admin;
    Receiver receiver;
    final List<Long> registered = new ArrayList<>();
    /** Articles a test made, deleted afterwards: they would crowd the demo's listings other tests read. */
    final List<Long> madeArticles = new ArrayList<>();

    @BeforeEach
    void setUp() {
        admin = new ApiClient(port, staff.createApiKey(unique("webhooks test")));
        receiver = Receiver.start();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        registered.forEach(id -> admin.delete(BASE + "/" + id));
        madeArticles.forEach(articles::delete);
        receiver.close();
    }

    /** Registers an endpoint on the receiver at {@code path}; returns the answer's {endpoint, secret}. */
    JsonNode register(String path, String... events) {
        Answer created = admin.post(BASE, endpointJson(receiver.url(path), events));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        registered.add(created.json().path("endpoint").path("id").asLong());
        return created.json();
    }

    JsonNode deliveriesOf(JsonNode registered) {
        Answer a = admin.get(BASE + "/" + registered.path("endpoint").path("id").asLong() + "/deliveries");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    Article publishNew(String headline) {
        Article a = published(articles, draft(unique(headline)));
        madeArticles.add(a.id());
        return a;
    }

    double count(String result) {
        return meters.counter("masthead.webhooks.deliveries", "result", result).count();
    }

    @Test
    void theAdminApiNeedsAKey() {
        ApiClient anonymous = new ApiClient(port, null);
        assertThat(anonymous.get(BASE).status()).isEqualTo(401);
        assertThat(anonymous.post(BASE, endpointJson("https://example.org/hook", "article.published")).status())
                .isEqualTo(401);
    }

    @Test
    void refusesBadUrlsAndEventsNamingTheField() {
        assertThat(admin.post(BASE, endpointJson("ftp://example.org/hook", "article.published")).fields()).isEqualTo("url");
        assertThat(admin.post(BASE, endpointJson("not a url", "article.published")).fields()).isEqualTo("url");
        assertThat(admin.post(BASE, endpointJson("https://", "article.published")).fields()).isEqualTo("url");
        Answer metadata = admin.post(BASE, endpointJson("http://169.254.169.254/latest/meta-data", "article.published"));
        assertThat(metadata.status()).isEqualTo(400);
        assertThat(metadata.fields()).as("refused even where private addresses are allowed").isEqualTo("url");
        assertThat(metadata.json().path("errors").get(0).path("message").asString()).contains("metadata");
        assertThat(admin.post(BASE, endpointJson("http://[::ffff:169.254.169.254]/", "article.published")).fields())
                .isEqualTo("url");
        assertThat(admin.post(BASE, endpointJson("ftp://example.org/", "article.deleted")).fields()).isEqualTo("url, events");
        assertThat(admin.post(BASE, endpointJson(receiver.url("/none"))).fields()).isEqualTo("events");
        Answer unknown = admin.post(BASE, "{\"url\": \"" + receiver.url("/x") + "\", \"events\": [\"article.published\"], \"secret\": \"mine\"}");
        assertThat(unknown.fields()).isEqualTo("secret");
        assertThat(admin.get(BASE).body()).doesNotContain(receiver.url("/"));
    }

    @Test
    void registersListsUpdatesAndDeletesAnEndpointShowingTheSecretOnlyWhenIssued() {
        JsonNode created = register("/crud", "article.published");
        long id = created.path("endpoint").path("id").asLong();
        assertThat(created.path("secret").asString()).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(created.path("endpoint").path("active").asBoolean()).isTrue();

        Answer one = admin.get(BASE + "/" + id);
        assertThat(one.json().path("url").asString()).isEqualTo(receiver.url("/crud"));
        assertThat(one.body()).doesNotContain(created.path("secret").asString()).doesNotContain("secret");
        assertThat(admin.get(BASE).body()).contains(receiver.url("/crud")).doesNotContain("whsec_");

        String changed = one.json().toString().replace("test receiver", "wire desk")
                .replace("[\"article.published\"]", "[\"article.updated\",\"article.published\"]");
        Answer updated = admin.put(BASE + "/" + id, changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("description").asString()).isEqualTo("wire desk");
        assertThat(updated.json().path("events").toString()).isEqualTo("[\"article.published\",\"article.updated\"]");
        assertThat(admin.put(BASE + "/" + id, endpointJson("gopher://x", "article.published")).fields()).isEqualTo("url");
        assertThat(admin.get(BASE + "/" + id).json().path("url").asString()).isEqualTo(receiver.url("/crud"));

        assertThat(admin.delete(BASE + "/" + id).status()).isEqualTo(204);
        assertThat(admin.get(BASE + "/" + id).status()).isEqualTo(404);
        assertThat(admin.get(BASE + "/" + id + "/deliveries").status()).isEqualTo(404);
    }

    @Test
    void publishingSendsASignedPostThatVerifiesWithTheSecret() {
        JsonNode endpoint = register("/hook", "article.published");
        double before = count("delivered");
        Article a = publishNew("Harbour cranes return");

        dispatcher.deliverDue();
        Received r = receiver.await(1).get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("Masthead-Event")).isEqualTo("article.published");
        String secret = endpoint.path("secret").asString();
        long now = Instant.now().getEpochSecond();
        assertThat(verifies(r.header("Masthead-Signature"), r.body(), secret, now, 300)).isTrue();
        assertThat(verifies(r.header("Masthead-Signature"), r.body() + " ", secret, now, 300)).isFalse();
        assertThat(verifies(r.header("Masthead-Signature"), r.body(), "whsec_wrong", now, 300)).isFalse();
        assertThat(verifies(r.header("Masthead-Signature"), r.body(), secret, now + 600, 300)).as("too old").isFalse();

        JsonNode body = ApiClient.JSON.readTree(r.body());
        assertThat(body.path("type").asString()).isEqualTo("article.published");
        assertThat(body.path("id").asString()).isNotBlank();
        assertThat(body.path("created").asString()).isNotBlank();
        JsonNode article = body.path("data").path("article");
        assertThat(article.path("id").asLong()).isEqualTo(a.id());
        assertThat(article.path("headline").asString()).isEqualTo(a.headline());
        assertThat(article.path("url").asString()).startsWith("https://news.example.org/world/").endsWith("/" + a.slug());
        assertThat(article.path("section").asString()).isEqualTo("world");
        assertThat(article.path("access").asString()).isEqualTo("free");
        assertThat(Instant.parse(article.path("published").asString())).isEqualTo(a.firstPublishedAt());

        JsonNode delivery = deliveriesOf(endpoint).get(0);
        assertThat(delivery.path("id").asString()).isEqualTo(r.header("Masthead-Delivery"));
        assertThat(delivery.path("eventId").asString()).isEqualTo(body.path("id").asString());
        assertThat(delivery.path("status").asString()).isEqualTo("delivered");
        assertThat(delivery.path("log").get(0).path("statusCode").asInt()).isEqualTo(200);
        assertThat(delivery.path("log").get(0).path("response").asString()).isEqualTo("thanks");
        assertThat(count("delivered")).isGreaterThan(before);
        assertThat(new Http(managementPort).get("/actuator/prometheus").body())
                .contains("masthead_webhooks_deliveries_total{", "result=\"delivered\"");
    }

    @Test
    void unpublishingSendsArticleUnpublishedAndEachEndpointHearsOnlyWhatItChose() {
        register("/published", "article.published");
        register("/unpublished", "article.unpublished");
        Article a = publishNew("Night trains");
        articles.update(a.id(), a.version(), draft(a.headline() + " resume"), false);
        articles.unpublish(a.id(), null);

        dispatcher.deliverDue();
        List<Received> got = receiver.await(2);
        assertThat(got).extracting(g -> g.path() + " " + g.header("Masthead-Event"))
                .containsExactlyInAnyOrder("/published article.published", "/unpublished article.unpublished");
        Received unpublished = got.stream().filter(g -> g.path().equals("/unpublished")).findFirst().orElseThrow();
        assertThat(ApiClient.JSON.readTree(unpublished.body()).path("data").path("article").path("id").asLong()).isEqualTo(a.id());
    }

    @Test
    void deliveriesAreQueuedInTheChangesTransactionSoARollbackSendsNothing() {
        JsonNode endpoint = register("/rollback", "article.published");
        long id = articles.create(draft(unique("Never published"))).article().id();
        madeArticles.add(id);
        long queuedInside = tx.execute(s -> {
            articles.publish(id, null);
            s.setRollbackOnly();
            return deliveries.recent(endpoint.path("endpoint").path("id").asLong(), 10).size();
        });
        assertThat(queuedInside).as("queued inside the publishing transaction").isEqualTo(1);
        assertThat(deliveriesOf(endpoint).size()).isZero();
        dispatcher.deliverDue();
        assertThat(receiver.received()).isEmpty();

        articles.publish(id, null);
        assertThat(deliveriesOf(endpoint).size()).as("the committed publication is queued").isEqualTo(1);
    }

    @Test
    void aFailedAttemptIsRetriedLaterWithTheSameDeliveryIdAndBothAreLogged() {
        JsonNode endpoint = register("/flaky", "article.published");
        receiver.thenAnswer(500, "x".repeat(20_000));
        double retriedBefore = count("retried");
        publishNew("Ferry fares");

        dispatcher.deliverDue();
        receiver.await(1);
        JsonNode pending = deliveriesOf(endpoint).get(0);
        assertThat(pending.path("status").asString()).isEqualTo("pending");
        assertThat(pending.path("attempts").asInt()).isEqualTo(1);
        assertThat(Instant.parse(pending.path("nextAttemptAt").asString())).isAfter(Instant.now().plusSeconds(30));
        assertThat(pending.path("log").get(0).path("statusCode").asInt()).isEqualTo(500);
        assertThat(pending.path("log").get(0).path("response").asString().length()).isBetween(100, 1000);
        assertThat(count("retried")).isGreaterThan(retriedBefore);

        assertThat(dispatcher.deliverDue()).as("not due yet").isZero();
        clock.advance(Duration.ofMinutes(2));
        dispatcher.deliverDue();
        List<Received> got = receiver.await(2);
        assertThat(got.get(1).header("Masthead-Delivery")).isEqualTo(got.get(0).header("Masthead-Delivery"));
        assertThat(got.get(1).body()).isEqualTo(got.get(0).body());

        JsonNode done = deliveriesOf(endpoint).get(0);
        assertThat(done.path("status").asString()).isEqualTo("delivered");
        assertThat(done.path("log")).extracting(l -> l.path("statusCode").asInt()).containsExactly(500, 200);
    }

    @Test
    void redeliverSendsTheSameDeliveryAgain() {
        JsonNode endpoint = register("/again", "article.published");
        long id = endpoint.path("endpoint").path("id").asLong();
        publishNew("Bridge reopens");
        dispatcher.deliverDue();
        String deliveryId = receiver.await(1).get(0).header("Masthead-Delivery");

        Answer redelivered = admin.post(BASE + "/" + id + "/deliveries/" + deliveryId + "/redeliver", null);
        assertThat(redelivered.status()).as(redelivered.body()).isEqualTo(202);
        assertThat(redelivered.json().path("status").asString()).isEqualTo("pending");
        dispatcher.deliverDue();
        assertThat(receiver.await(2).get(1).header("Masthead-Delivery")).isEqualTo(deliveryId);
        assertThat(deliveriesOf(endpoint).get(0).path("log").size()).isEqualTo(2);
        assertThat(admin.post(BASE + "/" + id + "/deliveries/no-such-delivery/redeliver", null).status()).isEqualTo(404);
    }

    @Test
    void aRotatedSecretSignsAlongsideThePreviousOneForADay() {
        JsonNode endpoint = register("/rotate", "article.published");
        long id = endpoint.path("endpoint").path("id").asLong();
        String first = endpoint.path("secret").asString();
        Answer rotated = admin.post(BASE + "/" + id + "/rotate-secret", null);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String second = rotated.json().path("secret").asString();
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);

        publishNew("Tram strike");
        dispatcher.deliverDue();
        Received during = receiver.await(1).get(0);
        long now = clock.instant().getEpochSecond();
        assertThat(verifies(during.header("Masthead-Signature"), during.body(), second, now, 300)).isTrue();
        assertThat(verifies(during.header("Masthead-Signature"), during.body(), first, now, 300)).isTrue();

        publishNew("Tram strike ends");
        clock.advance(Duration.ofHours(25)); // after the publication, which would otherwise date it tomorrow
        dispatcher.deliverDue();
        Received after = receiver.await(2).get(1);
        now = clock.instant().getEpochSecond();
        assertThat(verifies(after.header("Masthead-Signature"), after.body(), second, now, 300)).isTrue();
        assertThat(verifies(after.header("Masthead-Signature"), after.body(), first, now, 300)).isFalse();
    }

    @Test
    void anEndpointWhoseDeliveriesKeepFailingIsDeactivatedAndCanBeReactivated() {
        JsonNode endpoint = register("/down", "article.published");
        long id = endpoint.path("endpoint").path("id").asLong();
        receiver.alwaysAnswer(503);
        double failedBefore = count("failed");
        for (int i = 0; i < 5; i++) {
            publishNew("Outage " + i);
        }
        for (int round = 0; round < 8; round++) {
            dispatcher.deliverDue();
            clock.advance(Duration.ofHours(24));
        }
        assertThat(receiver.received()).hasSizeGreaterThanOrEqualTo(40);
        JsonNode off = admin.get(BASE + "/" + id).json();
        assertThat(off.path("active").asBoolean()).isFalse();
        assertThat(off.path("disabledReason").asString()).isEqualTo("5 deliveries in a row failed");
        assertThat(deliveriesOf(endpoint)).allMatch(d -> d.path("status").asString().equals("failed"));
        assertThat(deliveriesOf(endpoint).get(0).path("log").size()).isEqualTo(8);
        assertThat(count("failed") - failedBefore).isGreaterThanOrEqualTo(5);

        clock.reset();
        int queued = deliveriesOf(endpoint).size(); // 5, or more when moving the clock published others' scheduled stories
        publishNew("Nobody hears this");
        assertThat(deliveriesOf(endpoint).size()).as("inactive endpoints get nothing queued").isEqualTo(queued);
        JsonNode on = admin.put(BASE + "/" + id, off.toString().replace("\"active\":false", "\"active\":true")).json();
        assertThat(on.path("active").asBoolean()).isTrue();
        assertThat(on.path("consecutiveFailures").asInt()).isZero();
        assertThat(on.path("disabledReason").isNull()).isTrue();
    }

    @Test
    void finishedDeliveriesAreDeletedAfterTheRetentionPeriod() {
        JsonNode endpoint = register("/prune", "article.published");
        publishNew("Old news");
        dispatcher.deliverDue();
        receiver.await(1);
        deliveries.prune(Instant.now().minus(Duration.ofDays(1)));
        assertThat(deliveriesOf(endpoint).size()).isEqualTo(1);
        deliveries.prune(Instant.now().plus(Duration.ofDays(1)));
        assertThat(deliveriesOf(endpoint).size()).isZero();
    }

    @Test
    void theDeliveryAndPruningJobsAreRegisteredWithTheScheduler() {
        assertThat(db.sql("SELECT task_name FROM scheduled_tasks WHERE task_name LIKE 'webhooks-%' ORDER BY task_name")
                .query(String.class).list()).containsExactly("webhooks-deliver", "webhooks-prune");
    }
}
