package org.masthead.webhooks;

/** An endpoint with the secret just generated for it: the only time the secret is shown. */
public record IssuedSecret(WebhookEndpoint endpoint, String secret) {
}
