/**
 * Outbound webhooks: endpoints admins register for events (article published, updated, unpublished), a
 * delivery queue written in the same transaction as the change, signed HTTP POSTs retried with backoff by
 * one node at a time, an attempt log, and a guard that keeps deliveries off private and loopback addresses.
 * {@link org.masthead.webhooks.WebhookService} is the API for the Admin API and, later, the admin pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "content"})
package org.masthead.webhooks;
