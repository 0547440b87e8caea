package org.masthead.webhooks;

import java.time.Instant;
import java.util.Set;

/**
 * A registered receiver, without its secret (shown once, when issued). {@code disabledReason} says why the
 * endpoint was deactivated automatically; {@code consecutiveFailures} counts deliveries in a row that failed
 * for good.
 */
public record WebhookEndpoint(long id, String url, Set<WebhookEventType> events, String description, boolean active,
                              int consecutiveFailures, String disabledReason, Instant createdAt, Instant modifiedAt) {
}
