package org.masthead.platform;

import org.junit.jupiter.api.Test;
import org.masthead.ApiClient;
import org.masthead.ApiClient.Answer;
import org.masthead.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description is served to anyone and documents every handler of both JSON APIs. */
@H2IntegrationTest
class OpenApiTests {

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private JsonNode fetch() {
        Answer a = new ApiClient(port, null).get("/api/openapi.json");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.header("Set-Cookie")).isNull();
        return a.json();
    }

    @Test
    void documentsEveryAdminAndContentApiHandler() {
        JsonNode doc = fetch();
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/admin/") && !pattern.startsWith("/api/content/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
                    checked++;
                    if (doc.path("paths").path(path).path(method.name().toLowerCase(Locale.ROOT)).isMissingNode()) {
                        missing.add(method + " " + path);
                    }
                }
            }
        }
        assertThat(checked).as("handlers found").isGreaterThan(30);
        assertThat(missing).isEmpty();
        assertThat(doc.path("paths").propertyNames()).allMatch(p -> p.startsWith("/api/"));
    }

    @Test
    void theAdminApiNeedsTheBearerSchemeAndTheContentApiDoesNot() {
        JsonNode doc = fetch();
        JsonNode scheme = doc.path("components").path("securitySchemes").path(ApiDocs.BEARER);
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        JsonNode create = doc.path("paths").path("/api/admin/articles").path("post");
        assertThat(create.path("security").get(0).has(ApiDocs.BEARER)).isTrue();
        assertThat(create.path("responses").has("401")).isTrue();
        assertThat(doc.path("paths").path("/api/content/articles").path("get").has("security")).isFalse();
    }

    @Test
    void eachApiKeepsItsOwnSchemasAndErrorsAreProblems() {
        JsonNode doc = fetch();
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.path("ArticleJson").path("properties").has("leadImage")).isTrue();
        assertThat(schemas.path("AdminArticle").path("properties").has("version")).isTrue();
        assertThat(schemas.path("UploadedImage").path("properties").has("byteSize")).isTrue();
        assertThat(schemas.path(ApiDocs.PROBLEM).path("type").asString()).isEqualTo("object");
        JsonNode notFound = doc.path("paths").path("/api/content/articles/{id}").path("get").path("responses").path("404");
        assertThat(notFound.path("content").has("application/problem+json")).isTrue();
    }
}
