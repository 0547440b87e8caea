package org.masthead.paywall;

import org.masthead.platform.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stripe's webhook endpoint has its own chain: no CSRF token (Stripe has none; the signature authenticates
 * each request), no session, no cookies read or set. Everything else of this module runs in the staff chain
 * (/admin) or the site chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PaywallSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain stripeWebhook(HttpSecurity http) throws Exception {
        return SecurityHeaders.signedRequestsOnly(http, "/stripe/webhook");
    }
}
