package org.masthead.newsletter;

import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.members.ConsentRecord;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A mail relay reporting bounces and complaints over HTTP, on H2 and PostgreSQL. */
abstract class RelayWebhookContract {

    private static final String SECRET = "nlwh_test_secret"; // application-test.properties

    @LocalServerPort int port;
    @Autowired Suppressions suppressions;
    @Autowired MutableClock clock;
    @Autowired ApplicationContext ctx;
    @Autowired Subscriptions subscriptions;
    @Autowired Consents consents;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSignedPermanentBounceSuppressesTheAddressWithTheRelaysReason() throws Exception {
        String gone = MemberFixtures.freshEmail();
        HttpResponse<String> r = post("""
                {"type":"bounce","email":"%s","permanent":true,"reason":"550 5.1.1 user unknown","occurredAt":"2026-11-30T06:31:00Z"}
                """.formatted(gone.toUpperCase()));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"suppressed\":1");
        assertThat(suppressions.search(gone, 5)).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(Suppression.Reason.BOUNCE);
            assertThat(s.detail()).isEqualTo("550 5.1.1 user unknown (2026-11-30T06:31:00Z)");
            assertThat(s.active()).isTrue();
        });
    }

    @Test
    void aComplaintSuppressesAndATemporaryBounceChangesNothing() throws Exception {
        String complained = MemberFixtures.freshEmail();
        String soft = MemberFixtures.freshEmail();
        HttpResponse<String> r = post("""
                [{"type":"complaint","email":"%s"},{"type":"bounce","email":"%s","permanent":false}]""".formatted(complained, soft));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"received\":2", "\"suppressed\":1", "\"ignored\":1");
        assertThat(suppressions.search(complained, 5)).extracting(Suppression::reason).containsExactly(Suppression.Reason.COMPLAINT);
        assertThat(suppressions.search(soft, 5)).isEmpty();
    }

    @Test
    void aComplaintTakesTheMemberOffEveryListAndOutOfOffers() throws Exception {
        Member reader = MemberFixtures.member(ctx, "Complainer");
        NewsletterList daily = NewsletterFixtures.manualList(ctx, "Complained about");
        NewsletterList other = NewsletterFixtures.manualList(ctx, "Also on");
        subscriptions.subscribe(reader.id(), daily.id(), Subscriptions.ACCOUNT_PAGE);
        subscriptions.subscribe(reader.id(), other.id(), Subscriptions.ACCOUNT_PAGE);
        consents.record(reader.id(), Consents.OFFERS, true, "test", consents.currentWording(Consents.OFFERS).id());

        assertThat(post("{\"type\":\"complaint\",\"email\":\"" + reader.email() + "\"}").statusCode()).isEqualTo(200);

        assertThat(subscriptions.listsOf(reader.id())).isEmpty();
        assertThat(consents.granted(reader.id(), Consents.OFFERS)).isFalse();
        assertThat(consents.history(reader.id())).filteredOn(c -> !c.granted())
                .extracting(ConsentRecord::source).containsOnly(Subscriptions.COMPLAINT).hasSize(3);
    }

    @Test
    void aMissingWrongOrStaleSignatureOrABadEventIsRefusedAndChangesNothing() throws Exception {
        String address = MemberFixtures.freshEmail();
        String body = "{\"type\":\"complaint\",\"email\":\"" + address + "\"}";
        long now = clock.instant().getEpochSecond();

        assertThat(send(body, null).statusCode()).isEqualTo(400);
        assertThat(send(body, RelaySignature.header("not the secret", now, bytes(body))).statusCode()).isEqualTo(400);
        HttpResponse<String> stale = send(body, RelaySignature.header(SECRET, now - 301, bytes(body)));
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("older than 5 minutes");
        String half = "[" + body + ",{\"type\":\"bounce\",\"email\":\"nobody\"}]";
        HttpResponse<String> bad = post(half);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("event 1");
        assertThat(suppressions.search(address, 5)).isEmpty();
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return send(body, RelaySignature.header(SECRET, clock.instant().getEpochSecond(), bytes(body)));
    }

    private HttpResponse<String> send(String body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + RelayWebhookController.PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            b.header(RelaySignature.HEADER, signature);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
