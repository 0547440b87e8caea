package org.masthead.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * One event for one endpoint. {@code id} is sent as {@code Masthead-Delivery} and stays the same on every
 * attempt and redelivery, so a receiver can de-duplicate; {@code log} holds the attempts, oldest first.
 */
public record WebhookDelivery(String id, long endpointId, String eventId, WebhookEventType event, Status status,
                              int attempts, Instant createdAt, Instant nextAttemptAt, Instant finishedAt,
                              String outcome, List<Attempt> log) {

    public enum Status { PENDING, DELIVERED, FAILED }

    /** {@code statusCode} is null when no answer came ({@code error} says why); {@code response} is truncated. */
    public record Attempt(Instant at, Integer statusCode, int durationMs, String response, String error) { }
}
