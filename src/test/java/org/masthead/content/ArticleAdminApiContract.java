package org.masthead.content;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ApiClient;
import org.masthead.ApiClient.Answer;
import org.masthead.Http;
import org.masthead.MutableClock;
import org.masthead.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** The Admin API for articles as a script sees it, over real HTTP; run on H2 and PostgreSQL. */
abstract class ArticleAdminApiContract {

    @LocalServerPort int port;
    @Autowired StaffService staff;
    @Autowired MutableClock clock;

    ApiClient admin;
    ApiClient anonymous;

    @BeforeEach
    void keys() {
        admin = new ApiClient(port, staff.createApiKey(unique("articles test")));
        anonymous = new ApiClient(port, null);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    static String article(String headline, String extra) {
        return """
                {"headline": %s, "standfirst": "What happened.", "body": "<p>First.</p><script>x()</script>",
                 "section": "europe", "bylines": ["lena-varga", "foreign-desk"], "tags": ["Ports", "Night Trains"],
                 "dateline": "TRIESTE", "access": "metered"%s}
                """.formatted(ApiClient.JSON.writeValueAsString(headline), extra);
    }

    Answer create(String headline) {
        Answer created = admin.post("/api/admin/articles", article(headline, ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    @Test
    void anArticleMadeThroughTheAdminApiReachesTheContentApiAndTheReaderPage() {
        String headline = unique("Harbour cranes return");
        Answer created = create(headline);
        JsonNode saved = created.json();
        long id = saved.path("article").path("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/admin/articles/" + id);
        assertThat(saved.path("removed").toString()).contains("<script>");
        assertThat(saved.path("article").path("status").asString()).isEqualTo("draft");
        assertThat(admin.get("/api/admin/articles/" + id).json().path("bylines").toString()).isEqualTo("[\"lena-varga\",\"foreign-desk\"]");
        assertThat(anonymous.get("/api/content/articles/" + id).status()).isEqualTo(404);

        Answer published = admin.post("/api/admin/articles/" + id + "/publish", "{\"version\": 1}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        JsonNode reader = anonymous.get("/api/content/articles/" + id).json();
        assertThat(reader.path("headline").asString()).isEqualTo(headline);
        assertThat(reader.path("access").asString()).isEqualTo("metered");
        String path = reader.path("url").asString().replace("https://news.example.org", "");
        assertThat(new Http(port).page(path).selectFirst("h1.headline").text()).isEqualTo(headline);

        String edited = article(headline + " again", ", \"version\": " + published.json().path("version").asInt());
        Answer updated = admin.put("/api/admin/articles/" + id, edited);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(anonymous.get("/api/content/articles/" + id).json().path("headline").asString()).isEqualTo(headline + " again");

        Answer corrected = admin.post("/api/admin/articles/" + id + "/corrections", "{\"text\": \"We misspelt the port.\"}");
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(anonymous.get("/api/content/articles/" + id).json().path("corrections").get(0).path("text").asString())
                .isEqualTo("We misspelt the port.");

        assertThat(admin.post("/api/admin/articles/" + id + "/unpublish", null).status()).isEqualTo(200);
        assertThat(anonymous.get("/api/content/articles/" + id).status()).isEqualTo(404);
        assertThat(admin.delete("/api/admin/articles/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/admin/articles/" + id).status()).isEqualTo(404);
    }

    @Test
    void badJsonWrongTypesUnknownPropertiesAndMissingFieldsAreRefusedNamingTheField() {
        Answer malformed = admin.post("/api/admin/articles", "{\"headline\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

        Answer typed = admin.post("/api/admin/articles", article("Typed", ", \"homePosition\": \"top\""));
        assertThat(typed.fields()).as(typed.body())
                .isEqualTo("homePosition");
        Answer unknown = admin.post("/api/admin/articles", article("Unknown", ", \"headlne\": \"typo\""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fields()).isEqualTo("headlne");
        assertThat(admin.post("/api/admin/articles", article("Nested", ", \"leadImage\": {\"mediaId\": 1, \"size\": 2}")).fields())
                .isEqualTo("leadImage.size");
        Answer missing = admin.post("/api/admin/articles", "{\"section\": \"world\", \"bylines\": [\"lena-varga\"], \"access\": \"free\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fields()).isEqualTo("headline");
        assertThat(admin.post("/api/admin/articles", article("Access", "").replace("metered", "gratis")).fields())
                .isEqualTo("access");
    }

    @Test
    void aStaleVersionIs409AndAFailedUpdateLeavesTheStoredArticleAsItWas() {
        String headline = unique("Ferry fares");
        long id = create(headline).json().path("article").path("id").asLong();
        assertThat(admin.put("/api/admin/articles/" + id, article(headline + " rise", ", \"version\": 1")).status()).isEqualTo(200);

        Answer stale = admin.put("/api/admin/articles/" + id, article(headline + " fall", ", \"version\": 1"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("title").asString()).isEqualTo("Version conflict");
        Answer invalid = admin.put("/api/admin/articles/" + id, article(" ", ", \"version\": 2"));
        assertThat(invalid.fields()).isEqualTo("headline");
        assertThat(admin.put("/api/admin/articles/" + id, article(headline, "")).fields()).isEqualTo("version");

        JsonNode stored = admin.get("/api/admin/articles/" + id).json();
        assertThat(stored.path("headline").asString()).isEqualTo(headline + " rise");
        assertThat(stored.path("version").asInt()).isEqualTo(2);
        assertThat(stored.path("body").asString()).isEqualTo("<p>First.</p>");
    }

    @Test
    void whatAClientGetsCanBeSentBackWithItsReadOnlyFields() {
        JsonNode a = create(unique("Round trip")).json().path("article");
        Answer again = admin.put("/api/admin/articles/" + a.path("id").asLong(), a.toString());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("article").path("version").asInt()).isEqualTo(2);
    }

    @Test
    void unknownIdsAre404() {
        long none = 987_654_321L;
        assertThat(admin.get("/api/admin/articles/" + none).status()).isEqualTo(404);
        assertThat(admin.put("/api/admin/articles/" + none, article("Nobody", ", \"version\": 1")).status()).isEqualTo(404);
        assertThat(admin.post("/api/admin/articles/" + none + "/publish", null).status()).isEqualTo(404);
        assertThat(admin.delete("/api/admin/articles/" + none).status()).isEqualTo(404);
        assertThat(admin.post("/api/admin/articles/" + none + "/corrections", "{\"text\": \"x\"}").status()).isEqualTo(404);
        Answer nan = admin.get("/api/admin/articles/not-a-number");
        assertThat(nan.fields()).as(nan.status() + nan.body()).isEqualTo("id");
    }

    @Test
    void schedulingNeedsAFutureTimeAndKeepsTheArticleOutOfTheContentApiUntilThen() {
        long id = create(unique("Budget night")).json().path("article").path("id").asLong();
        String past = clock.instant().minus(Duration.ofMinutes(5)).toString();
        Answer refused = admin.post("/api/admin/articles/" + id + "/schedule", "{\"publishAt\": \"" + past + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fields()).isEqualTo("publishAt");

        String future = clock.instant().plus(Duration.ofHours(2)).atOffset(java.time.ZoneOffset.ofHours(2)).toString();
        Answer scheduled = admin.post("/api/admin/articles/" + id + "/schedule", "{\"publishAt\": \"" + future + "\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        assertThat(scheduled.json().path("status").asString()).isEqualTo("scheduled");
        assertThat(new ApiClient(port, null).get("/api/content/articles/" + id).status()).isEqualTo(404);
    }

    @Test
    void listsArticlesInAnyStatusWithFiltersAndPages() {
        long draft = create(unique("Listed draft")).json().path("article").path("id").asLong();
        JsonNode drafts = admin.get("/api/admin/articles?status=draft&section=world&limit=1").json();
        assertThat(drafts.path("items").get(0).path("id").asLong()).as("most recently changed first").isEqualTo(draft);
        assertThat(drafts.path("limit").asInt()).isEqualTo(1);
        assertThat(drafts.path("pages").asLong()).isEqualTo(drafts.path("total").asLong());
        assertThat(drafts.path("links").path("next").asString()).contains("status=draft", "section=world", "page=2");
        assertThat(admin.get("/api/admin/articles?status=lost").fields()).isEqualTo("status");
        assertThat(admin.get("/api/admin/articles?limit=1000").fields()).isEqualTo("limit");
    }

    @Test
    void withoutAValidKeyEveryAnswerIs401WithAProblemAndABearerChallenge() {
        ApiClient wrong = new ApiClient(port, "mh_wrong_key");
        for (ApiClient client : new ApiClient[] {anonymous, wrong}) {
            for (Answer a : new Answer[] {client.get("/api/admin/articles"), client.get("/api/admin/articles/1"),
                    client.post("/api/admin/articles", article("Sneaky", "")), client.delete("/api/admin/articles/1"),
                    client.get("/api/admin/no-such-thing")}) {
                assertThat(a.status()).isEqualTo(401);
                assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
                assertThat(a.header("Content-Type")).startsWith("application/problem+json");
                assertThat(a.json().path("status").asInt()).isEqualTo(401);
                assertThat(a.header("Set-Cookie")).isNull();
            }
        }
        assertThat(wrong.get("/api/admin/articles").header("WWW-Authenticate")).contains("invalid_token");
        assertThat(admin.get("/api/admin/articles").header("Set-Cookie")).as("stateless").isNull();
    }
}
