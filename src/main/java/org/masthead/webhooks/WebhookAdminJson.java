package org.masthead.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.masthead.platform.JsonEnums;
import org.masthead.platform.StrictJson;

import java.time.Instant;
import java.util.List;

/**
 * The Admin API's JSON for webhooks; field names are the API contract. An endpoint as returned can be sent
 * back with a PUT: its read-only fields are accepted and ignored, anything else unknown is refused.
 */
final class WebhookAdminJson {
    private WebhookAdminJson() {
    }

    /** Register (POST) or replace (PUT) an endpoint; {@code active} defaults to true. */
    @StrictJson
    @JsonIgnoreProperties({"id", "consecutiveFailures", "disabledReason", "createdAt", "modifiedAt"})
    record EndpointRequest(String url, List<String> events, String description, Boolean active) {
        SaveEndpoint command() {
            return new SaveEndpoint(url, events, description, active);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AdminEndpoint(long id, String url, List<String> events, String description, boolean active,
                         int consecutiveFailures, String disabledReason, Instant createdAt, Instant modifiedAt) {
        static AdminEndpoint of(WebhookEndpoint e) {
            return new AdminEndpoint(e.id(), e.url(), e.events().stream().map(WebhookEventType::wireName).toList(),
                    e.description(), e.active(), e.consecutiveFailures(), e.disabledReason(), e.createdAt(),
                    e.modifiedAt());
        }
    }

    /** An endpoint with its secret, returned once: on registration and on rotation. */
    record EndpointWithSecret(AdminEndpoint endpoint, String secret) {
        static EndpointWithSecret of(IssuedSecret issued) {
            return new EndpointWithSecret(AdminEndpoint.of(issued.endpoint()), issued.secret());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AdminAttempt(Instant at, Integer statusCode, int durationMs, String response, String error) { }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AdminDelivery(String id, String eventId, String event, String status, int attempts, Instant createdAt,
                         Instant nextAttemptAt, Instant finishedAt, String outcome, List<AdminAttempt> log) {
        static AdminDelivery of(WebhookDelivery d) {
            return new AdminDelivery(d.id(), d.eventId(), d.event() == null ? null : d.event().wireName(),
                    JsonEnums.name(d.status()), d.attempts(), d.createdAt(),
                    d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null, d.finishedAt(),
                    d.outcome(), d.log().stream().map(a -> new AdminAttempt(a.at(), a.statusCode(), a.durationMs(),
                    a.response(), a.error())).toList());
        }
    }
}
