package org.masthead.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** The response headers every chain sends: CSP, nosniff, no framing, a strict referrer policy. */
public final class SecurityHeaders {

    public static final String CSP = csp();

    private SecurityHeaders() {
    }

    /**
     * The policy with forms also allowed to lead to {@code origins}: browsers apply form-action to the redirect
     * after a POST too, so a form whose answer redirects to a payment page must name that page's origin. Sent
     * by such pages themselves; the chains keep the strict policy for every other page.
     */
    public static String cspWithFormsTo(String... origins) {
        return CSP.replace("form-action 'self'", "form-action 'self' " + String.join(" ", origins));
    }

    public static HttpSecurity apply(HttpSecurity http) throws Exception {
        return apply(http, CSP);
    }

    /**
     * A chain for paths whose requests authenticate themselves by a signature (Stripe's webhooks, a mail relay's
     * reports): everyone may post, nothing of a session, a CSRF token or a cookie is read or set, and the headers
     * are every chain's.
     */
    public static SecurityFilterChain signedRequestsOnly(HttpSecurity http, String... paths) throws Exception {
        http.securityMatcher(paths)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.disable())
                .requestCache(r -> r.disable())
                .anonymous(a -> a.disable())
                .csrf(c -> c.disable());
        return apply(http).build();
    }

    /**
     * The same headers, with {@code script-src} also allowing the given inline scripts (by their
     * {@code 'sha256-…'} sources): the staff pages pass {@link ImportMap#SCRIPT_SOURCE}.
     */
    public static HttpSecurity applyAllowingScripts(HttpSecurity http, String... scriptSources) throws Exception {
        return apply(http, csp(scriptSources));
    }

    static String csp(String... scriptSources) {
        return "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'"
                + (scriptSources.length == 0 ? "" : " " + String.join(" ", scriptSources)) + "; "
                + "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static HttpSecurity apply(HttpSecurity http, String policy) throws Exception {
        return http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(policy))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny()));
    }
}
