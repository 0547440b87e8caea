package org.masthead.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ApiClient;
import org.masthead.ApiClient.Answer;
import org.masthead.staff.StaffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.masthead.content.ContentFixtures.unique;

/** Sections, tags and authors through the Admin API, over real HTTP; run on H2 and PostgreSQL. */
abstract class TaxonomyAdminApiContract {

    @LocalServerPort int port;
    @Autowired StaffService staff;
    @Autowired TaxonomyService taxonomy;

    ApiClient admin;

    @BeforeEach
    void key() {
        admin = new ApiClient(port, staff.createApiKey(unique("taxonomy test")));
    }

    private static String slug(String name) {
        return Slugs.of(name);
    }

    @Test
    void createsUpdatesAndDeletesASubSectionSeenByTheContentApi() {
        String name = unique("Alpine Valleys");
        Answer created = admin.post("/api/admin/sections",
                "{\"name\": \"" + name + "\", \"description\": \"Valleys.\", \"parent\": \"world\", \"position\": 3}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/admin/sections/" + id);
        assertThat(created.json().path("parent").asString()).isEqualTo("world");

        Answer renamed = admin.put("/api/admin/sections/" + id, "{\"name\": \"" + name + " High\", \"slug\": \"" + slug(name)
                + "-high\", \"parent\": \"world\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        ApiClient reader = new ApiClient(port, null);
        assertThat(reader.get("/api/content/sections/" + slug(name) + "-high").json().path("name").asString()).isEqualTo(name + " High");

        assertThat(admin.delete("/api/admin/sections/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/admin/sections/" + id).status()).isEqualTo(404);
        assertThat(reader.get("/api/content/sections/" + slug(name) + "-high").status()).isEqualTo(404);
    }

    @Test
    void createsUpdatesAndDeletesTagsAndAuthorsWithBioTitleAndPhoto() {
        Answer tag = admin.post("/api/admin/tags", "{\"name\": \"" + unique("Glaciers") + "\"}");
        assertThat(tag.status()).as(tag.body()).isEqualTo(201);
        long tagId = tag.json().path("id").asLong();
        assertThat(admin.put("/api/admin/tags/" + tagId, "{\"name\": \"Ice\", \"slug\": \"ice-" + tagId + "\"}").json()
                .path("slug").asString()).isEqualTo("ice-" + tagId);
        assertThat(admin.delete("/api/admin/tags/" + tagId).status()).isEqualTo(204);
        assertThat(admin.get("/api/admin/tags/" + tagId).status()).isEqualTo(404);

        String name = unique("Ada Byline");
        Answer author = admin.post("/api/admin/authors", "{\"name\": \"" + name + "\", \"kind\": \"person\", "
                + "\"jobTitle\": \"Rail correspondent\", \"bio\": \"Rides trains.\", \"photoMediaId\": 7}");
        assertThat(author.status()).as(author.body()).isEqualTo(201);
        JsonNode a = author.json();
        long id = a.path("id").asLong();
        assertThat(a.path("kind").asString()).isEqualTo("person");
        Answer desk = admin.put("/api/admin/authors/" + id, a.toString().replace("\"person\"", "\"desk\""));
        assertThat(desk.status()).as(desk.body()).isEqualTo(200);
        assertThat(admin.get("/api/admin/authors/" + id).json().path("kind").asString()).isEqualTo("desk");
        assertThat(admin.get("/api/admin/authors/" + id).json().path("jobTitle").asString()).isEqualTo("Rail correspondent");
        assertThat(admin.post("/api/admin/authors", "{\"name\": \"X\", \"kind\": \"robot\"}").fields()).isEqualTo("kind");
        assertThat(admin.delete("/api/admin/authors/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/admin/authors/" + id).status()).isEqualTo(404);
    }

    @Test
    void idsOfOtherResourcesAndUnknownIdsAre404NotErrors() {
        long tagId = admin.post("/api/admin/tags", "{\"name\": \"" + unique("Swapped") + "\"}").json().path("id").asLong();
        assumeThat(taxonomy.section(tagId)).as("a tag id that no section has").isEmpty();
        assertThat(admin.delete("/api/admin/sections/" + tagId).status()).isEqualTo(404);
        assertThat(admin.put("/api/admin/sections/" + tagId, "{\"name\": \"Nowhere\"}").status()).isEqualTo(404);
        assertThat(admin.get("/api/admin/sections/" + tagId).status()).isEqualTo(404);
        long none = 987_654_321L;
        assertThat(admin.delete("/api/admin/tags/" + none).status()).isEqualTo(404);
        assertThat(admin.put("/api/admin/tags/" + none, "{\"name\": \"Nothing\"}").status()).isEqualTo(404);
        assertThat(admin.delete("/api/admin/authors/" + none).status()).isEqualTo(404);
        assertThat(admin.put("/api/admin/authors/" + none, "{\"name\": \"Nobody\", \"kind\": \"desk\"}").status()).isEqualTo(404);
        assertThat(admin.put("/api/admin/authors/0", "{\"name\": \"Nobody\", \"kind\": \"desk\"}").status()).isEqualTo(404);
    }

    @Test
    void refusesBadTaxonomyInputNamingTheField() {
        assertThat(admin.post("/api/admin/sections", "{\"name\": \"Tags\", \"slug\": \"tag\"}").fields()).isEqualTo("slug");
        assertThat(admin.post("/api/admin/sections", "{\"name\": \"World\", \"colour\": \"red\"}").fields()).isEqualTo("colour");
        Answer inUse = admin.delete("/api/admin/sections/" + taxonomy.section("world").orElseThrow().id());
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(taxonomy.section("world")).isPresent();
        assertThat(admin.post("/api/admin/tags", "{\"name\": \" \"}").fields()).isEqualTo("name");
    }
}
