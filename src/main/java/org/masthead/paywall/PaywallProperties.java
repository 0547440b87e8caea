package org.masthead.paywall;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The meter's rules (env MASTHEAD_PAYWALL_*).
 *
 * @param anonymousLimit    metered articles an anonymous reader reads free each calendar month
 * @param memberLimit       metered articles a signed-in reader reads free each calendar month
 * @param excerptParagraphs paragraphs of a metered or premium article shown above the wall
 * @param memberMeters      members whose meter of this month each node keeps in memory
 * @param secureCookies     mark the anonymous meter cookie Secure; unset, it is Secure exactly when the base URL
 *                          is https
 */
@ConfigurationProperties("masthead.paywall")
public record PaywallProperties(
        @DefaultValue("3") int anonymousLimit,
        @DefaultValue("10") int memberLimit,
        @DefaultValue("2") int excerptParagraphs,
        @DefaultValue("100000") int memberMeters,
        Boolean secureCookies) {

    public PaywallProperties {
        if (anonymousLimit < 0 || memberLimit < 0 || excerptParagraphs < 0) {
            throw new IllegalArgumentException("masthead.paywall: limits and excerpt-paragraphs cannot be negative");
        }
    }
}
