package org.masthead.webhooks;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Queues an event for every active endpoint that wants it: one event row holding the payload, one delivery
 * row per endpoint. Callers run inside the transaction of the change they report, so the change and its
 * deliveries commit together or not at all. Any module's events come through here: the envelope is the same,
 * only {@code type} and {@code data} differ.
 */
@Component
class WebhookQueue {

    /**
     * The body every receiver gets. {@code id} names the event (shared by its deliveries to several
     * endpoints); {@code created} is when the change happened; {@code data} holds one object named after the
     * resource, e.g. {@code {"article": {...}}}.
     */
    record Envelope(String id, String type, Instant created, Map<String, Object> data) { }

    /**
     * Its own mapper, not the application's: the payload is a contract with receivers and must not change
     * when the API's JSON settings do (it keeps nulls, for one).
     */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EndpointRepository endpoints;
    private final DeliveryRepository deliveries;
    private final Clock clock;

    WebhookQueue(EndpointRepository endpoints, DeliveryRepository deliveries, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * Queues {@code type} for its subscribers; {@code data} is only built when there is one, so changes
     * nobody subscribed to cost one query. Returns how many deliveries were queued.
     */
    int enqueue(WebhookEventType type, Instant happened, Supplier<Map<String, Object>> data) {
        List<Long> subscribers = endpoints.subscribers(type);
        if (subscribers.isEmpty()) {
            return 0;
        }
        String eventId = UUID.randomUUID().toString();
        deliveries.insertEvent(eventId, type, payload(new Envelope(eventId, type.wireName(), happened, data.get())),
                happened);
        Instant now = clock.instant();
        subscribers.forEach(endpoint -> deliveries.insertDelivery(UUID.randomUUID().toString(), endpoint, eventId, now));
        return subscribers.size();
    }

    static String payload(Envelope envelope) {
        return JSON.writeValueAsString(envelope);
    }
}
