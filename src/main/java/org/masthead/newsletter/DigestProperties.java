package org.masthead.newsletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Digests and the issues staff write (env MASTHEAD_NEWSLETTER_DIGEST_*).
 *
 * @param pollInterval  how often a node looks for digests that are due (one node at a time)
 * @param maxArticles   stories a digest carries at most: the lead and the newest after it
 * @param postalAddress the paper's postal address, printed in every issue's footer (anti-spam laws ask for one);
 *                      empty prints none
 */
@ConfigurationProperties("masthead.newsletter.digest")
record DigestProperties(
        @DefaultValue("1m") Duration pollInterval,
        @DefaultValue("12") int maxArticles,
        @DefaultValue("") String postalAddress) {

    DigestProperties {
        if (pollInterval.isNegative() || pollInterval.isZero() || maxArticles < 1) {
            throw new IllegalArgumentException("masthead.newsletter.digest: poll-interval and max-articles must be positive");
        }
    }
}
