package org.masthead.paywall;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Stripe (env MASTHEAD_STRIPE_*). Without a secret key nothing is sent to Stripe: the subscribe page says
 * payments are not set up, and admins may still grant subscriptions by hand.
 *
 * @param secretKey        the account's secret (or restricted) API key, {@code sk_live_…} / {@code sk_test_…}
 * @param webhookSecret    the signing secret of the webhook endpoint, {@code whsec_…}; without it every webhook
 *                         is refused
 * @param apiBase          where the Stripe API answers; only tests point it elsewhere (a local fake server)
 * @param webhookTolerance how old a webhook's signed timestamp may be; older deliveries are refused as replays
 * @param gracePeriod      how long a subscription whose renewal payment failed stays entitled (past due)
 * @param connectTimeout   to open a connection to Stripe
 * @param readTimeout      for Stripe's answer
 */
@ConfigurationProperties("masthead.stripe")
public record StripeProperties(
        @DefaultValue("") String secretKey,
        @DefaultValue("") String webhookSecret,
        @DefaultValue("https://api.stripe.com") String apiBase,
        @DefaultValue("5m") Duration webhookTolerance,
        @DefaultValue("7d") Duration gracePeriod,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout) {

    /** Payments can be taken: a secret key is set. */
    public boolean payments() {
        return !secretKey.isBlank();
    }
}
