package org.masthead.newsletter;

import org.masthead.mail.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How newsletters are sent; the SMTP server is the outbox's ({@code spring.mail.*}, env MASTHEAD_SMTP_*).
 *
 * @param rate              messages per second this node hands to the mail server, all its workers together
 *                          (env MASTHEAD_NEWSLETTER_RATE); 0 for no limit. Set it to what your relay allows
 * @param workers           sending threads per node, each with its own SMTP connection; 0 sends nothing here
 * @param batchSize         candidates per batch, the unit a worker claims (at most 1000)
 * @param recordEvery       outcomes recorded per transaction. A worker killed mid-batch leaves at most this many
 *                          messages handed to the server but not recorded; they are sent again (duplicates)
 * @param pollInterval      how often an idle worker looks for work
 * @param claimTimeout      how long a claimed batch is held without news from its worker (renewed at every
 *                          record); after that a worker on any node takes it over
 * @param retryDelay        the wait after a recipient's first temporary refusal (4xx); it doubles each time
 * @param maxRetryDelay     the longest such wait
 * @param maxAttempts       attempts at a recipient (or, for an unreachable server, at a batch) before giving up
 * @param maxAge            how long after a send starts its recipients are still tried
 * @param devLimit          without an SMTP server, sends to more candidates than this are refused (smaller ones
 *                          are kept in the outbox for a developer to read)
 * @param webhookSecret     the secret a mail relay signs bounce and complaint reports with (env
 *                          MASTHEAD_NEWSLETTER_WEBHOOK_SECRET); blank refuses every report
 * @param webhookTolerance  the oldest signed timestamp a report may carry
 * @param unsubscribeMailto an address that takes unsubscribe requests by mail, added to List-Unsubscribe (env
 *                          MASTHEAD_NEWSLETTER_UNSUBSCRIBE_MAILTO); blank for the https link alone
 */
@ConfigurationProperties("masthead.newsletter")
record NewsletterProperties(
        @DefaultValue("50") double rate,
        @DefaultValue("1") int workers,
        @DefaultValue("500") int batchSize,
        @DefaultValue("50") int recordEvery,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("2m") Duration claimTimeout,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("24h") Duration maxAge,
        @DefaultValue("5") int devLimit,
        @DefaultValue("") String webhookSecret,
        @DefaultValue("5m") Duration webhookTolerance,
        @DefaultValue("") String unsubscribeMailto) {

    NewsletterProperties {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("masthead.newsletter.batch-size must be 1 to 1000, not " + batchSize);
        }
        if (recordEvery < 1 || rate < 0 || workers < 0) {
            throw new IllegalArgumentException("masthead.newsletter: record-every ≥ 1, rate ≥ 0, workers ≥ 0");
        }
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(retryDelay, maxRetryDelay, maxAttempts, maxAge);
    }
}
