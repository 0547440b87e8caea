package org.masthead.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Three chains: the Admin API (bearer API keys, stateless), the public Content API with its OpenAPI
 * description (anonymous, stateless), and everything else (reader pages and the setup page). Reader pages
 * never create a session; CSRF tokens live in a cookie that is only set where a form is rendered, so any
 * node can check them, except on reader actions, which {@link ReaderCsrf} checks by origin.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication // not for the CLI commands
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http, ApiKeyVerifier keys) throws Exception {
        http.securityMatcher("/api/admin/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("API"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // bearer tokens are not sent by browsers on their own
                .requestCache(r -> r.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new BearerProblemEntryPoint()))
                .addFilterBefore(new BearerKeyFilter(keys), BasicAuthenticationFilter.class);
        return headers(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/content/**", "/api/openapi.json", "/api/openapi.json/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // read-only answers, and no cookie is ever set
                .requestCache(r -> r.disable())
                .anonymous(a -> a.disable());
        return headers(http).build();
    }

    /** Last: everything no other chain claimed (the staff pages' chain lives in {@code staff}, order 5). */
    @Bean
    @Order(10)
    SecurityFilterChain site(HttpSecurity http, PublicationProperties publication) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(c -> c.requireExplicitSave(true))
                .requestCache(r -> r.disable())
                .anonymous(a -> a.disable())
                // reader actions are checked by origin instead: their forms sit on cached pages (ReaderCsrf);
                // one-click unsubscribe links are authorised by their signed token alone (RFC 8058)
                .csrf(c -> c.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers(ReaderCsrf.MATCHER, ReaderCsrf.SIGNED))
                .addFilterBefore(new ReaderCsrf(publication), CsrfFilter.class);
        return headers(http).build();
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return SecurityHeaders.apply(http);
    }

    /**
     * A missing or wrong key: 401 with {@code WWW-Authenticate: Bearer} (RFC 6750) and a problem body, so a
     * script's author sees what to send. The body is fixed text; nothing from the request is echoed.
     */
    static final class BearerProblemEntryPoint implements AuthenticationEntryPoint {
        @Override
        public void commence(HttpServletRequest req, HttpServletResponse res, AuthenticationException e) throws IOException {
            boolean sent = req.getHeader("Authorization") != null;
            res.setStatus(HttpStatus.UNAUTHORIZED.value());
            res.setHeader("WWW-Authenticate", "Bearer realm=\"masthead\"" + (sent ? ", error=\"invalid_token\"" : ""));
            res.setContentType("application/problem+json");
            res.setCharacterEncoding("UTF-8");
            res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                    + (sent ? "The API key is not valid or has been revoked." : "Send an Admin API key as 'Authorization: Bearer <key>'.")
                    + "\"}");
        }
    }

    /** Authenticates {@code Authorization: Bearer <key>} against the stored API keys. */
    static final class BearerKeyFilter extends OncePerRequestFilter {
        private final ApiKeyVerifier keys;

        BearerKeyFilter(ApiKeyVerifier keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                throws ServletException, IOException {
            String header = req.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                keys.verify(header.substring(7).trim()).ifPresent(holder -> SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                holder, null, AuthorityUtils.createAuthorityList("ROLE_API"))));
            }
            chain.doFilter(req, res);
        }
    }
}
