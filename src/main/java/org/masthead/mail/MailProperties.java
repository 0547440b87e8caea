package org.masthead.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The outbox's settings; the SMTP server itself is {@code spring.mail.*} (env MASTHEAD_SMTP_*).
 *
 * @param from          the From address (env MASTHEAD_MAIL_FROM); blank means noreply@ the host of the base URL
 * @param fromName      the From display name (env MASTHEAD_MAIL_FROM_NAME); blank means the publication's name
 * @param pollInterval  how often the send job looks for due messages
 * @param batchSize     messages handed to the mail server over one connection
 * @param retryDelay    the wait after the first transient failure; it doubles with each further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts   attempts before a message is given up as FAILED
 * @param maxAge        how long after acceptance a message may still be tried
 * @param sendTimeout   how long a worker holds a claimed message; a message still SENDING after that (its
 *                      worker died) is tried again. Keep it well above batchSize times the SMTP timeouts
 * @param retention     how long SENT and KEPT messages stay in the outbox
 * @param logKept       also write kept messages to the log, whole: for {@code mvn spring-boot:run}, where there is
 *                      no mail server and a sign-in code must reach the newcomer somehow. Never in production:
 *                      it puts codes and links in the log
 */
@ConfigurationProperties("masthead.mail")
record MailProperties(
        @DefaultValue("") String from,
        @DefaultValue("") String fromName,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("24h") Duration maxAge,
        @DefaultValue("15m") Duration sendTimeout,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("false") boolean logKept) {

    RetryPolicy retryPolicy() {
        return new RetryPolicy(retryDelay, maxRetryDelay, maxAttempts, maxAge);
    }
}
