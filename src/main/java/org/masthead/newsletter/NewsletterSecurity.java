package org.masthead.newsletter;

import org.masthead.platform.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The mail relay's reports have their own chain: no CSRF token (a relay has none; the signature authenticates each
 * report), no session, no cookies read or set. The module's staff screens run in the staff chain (/admin).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class NewsletterSecurity {

    @Bean
    @Order(7)
    SecurityFilterChain newsletterRelayReports(HttpSecurity http) throws Exception {
        return SecurityHeaders.signedRequestsOnly(http, RelayWebhookController.PATH);
    }
}
