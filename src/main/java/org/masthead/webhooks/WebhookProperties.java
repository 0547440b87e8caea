package org.masthead.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Outbound webhooks (env MASTHEAD_WEBHOOKS_*).
 *
 * @param allowPrivateAddresses deliver to loopback, private (RFC 1918, fc00::/7), link-local and CGNAT
 *                              addresses; off, because a webhook URL is a request our server makes on an
 *                              admin's behalf, and one pointing inside the network is server-side request forgery.
 *                              Multicast, unspecified, reserved and cloud metadata addresses stay refused.
 * @param allowHttp             accept plain {@code http://} URLs; off, so payloads and signatures travel encrypted
 * @param pollInterval          how often the delivery job looks for due deliveries
 * @param batchSize             deliveries sent per look
 * @param maxAttempts           attempts before a delivery is given up as failed
 * @param firstRetry            the wait after the first failed attempt; each next wait is three times longer
 * @param maxRetryDelay         the longest wait between two attempts
 * @param connectTimeout        to open a connection to a receiver
 * @param readTimeout           for a receiver's answer
 * @param disableAfterFailures  deactivate an endpoint after this many deliveries in a row failed for good
 *                              (0: never)
 * @param secretOverlap         after a secret rotation, how long deliveries are signed with the previous secret too
 * @param logRetention          how long finished deliveries and their attempt log are kept
 */
@ConfigurationProperties("masthead.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("12h") Duration maxRetryDelay,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("5") int disableAfterFailures,
        @DefaultValue("24h") Duration secretOverlap,
        @DefaultValue("30d") Duration logRetention) {
}
