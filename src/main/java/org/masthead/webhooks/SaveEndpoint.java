package org.masthead.webhooks;

import java.util.List;

/**
 * Register or change an endpoint. {@code events} are wire names such as {@code article.published};
 * {@code active} defaults to true. Checked by {@link WebhookService}, which names the field at fault.
 */
public record SaveEndpoint(String url, List<String> events, String description, Boolean active) {
}
