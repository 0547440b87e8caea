package org.masthead.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * The OpenAPI description at {@code /api/openapi.json} (springdoc, restricted to {@code /api/**}): the
 * public Content API and the Admin API, whose operations require the bearer scheme. The error answers
 * every operation may give (problem details, see {@link ApiProblems}) are added here once rather than
 * annotated on each handler.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String BEARER = "apiKey";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI mastheadOpenApi(Publication publication) {
        return new OpenAPI()
                .info(new Info().title(publication.name() + " APIs").version("1")
                        .description("Content API (public, read-only, cacheable) under /api/content; Admin API "
                                + "(Authorization: Bearer <key>) under /api/admin. Errors are RFC 9457 problem details "
                                + "naming the field in errors[].field."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An Admin API key: java -jar masthead.jar create-api-key --name=...")));
    }

    @Bean
    OpenApiCustomizer errorAnswers() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problem()); // here, not on the bean: springdoc drops unused schemas
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> errors(path, op)));
        };
    }

    private static void errors(String path, Operation op) {
        answer(op, "400", "Invalid input: a bad field, parameter or JSON body, named in errors[].field");
        if (path.contains("{")) {
            answer(op, "404", "Not found (or, in the Content API, not published)");
        }
        if (path.startsWith("/api/admin/")) {
            op.addSecurityItem(new SecurityRequirement().addList(BEARER));
            answer(op, "401", "Missing or invalid API key (with WWW-Authenticate: Bearer)");
        }
    }

    private static void answer(Operation op, String status, String description) {
        op.getResponses().putIfAbsent(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }

    private static Schema<?> problem() {
        Schema<?> error = typed("object").addProperty("field", typed("string")).addProperty("message", typed("string"));
        return typed("object").description("RFC 9457 problem details")
                .addProperty("type", typed("string")).addProperty("title", typed("string"))
                .addProperty("status", typed("integer")).addProperty("detail", typed("string"))
                .addProperty("instance", typed("string")).addProperty("errors", typed("array").items(error));
    }

    /** OpenAPI 3.1 writes {@code types}; 3.0 writes {@code type}: set both. */
    private static Schema<?> typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}
