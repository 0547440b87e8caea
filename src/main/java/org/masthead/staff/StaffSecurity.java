package org.masthead.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.PublicationProperties;
import org.masthead.platform.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The staff pages' security: a session in the database (any node serves it), sign-in through our own
 * controllers (password, then a second factor), CSRF on every change, cookies scoped to {@code /admin} so the
 * reader site never sees them (and stays cacheable for staff too), Secure whenever the site is served over
 * HTTPS.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StaffSecurity {

    static final String STAFF_PATH = "/admin";
    static final String SESSION_COOKIE = "MASTHEAD_STAFF";
    static final String DEVICE_COOKIE = "MASTHEAD_DEVICE";
    static final String CSRF_COOKIE = "MASTHEAD_STAFF_XSRF";
    static final String REQUIRE_TOTP = "require-totp";
    /** Request attribute holding the signed-in {@link StaffUser}, read once per request. */
    static final String CURRENT = StaffUser.class.getName();

    static final String[] OPEN = {"/admin/login", "/admin/login/**", "/admin/setup", "/admin/invite/**",
            "/admin/reset", "/admin/reset/**", "/admin/assets/**"};

    @Bean
    @Order(5)
    SecurityFilterChain staffPages(HttpSecurity http, StaffRepository users, PublicationProperties publication,
                                   StaffProperties props) throws Exception {
        CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();
        csrf.setCookieName(CSRF_COOKIE); // its own name: a reader-site token cookie may also be set, on path /
        csrf.setCookiePath(STAFF_PATH);
        csrf.setCookieCustomizer(c -> c.secure(secure(publication, props)).sameSite("Lax"));
        http.securityMatcher(STAFF_PATH, STAFF_PATH + "/**")
                .authorizeHttpRequests(a -> a.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
                .csrf(c -> c.csrfTokenRepository(csrf))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .securityContext(c -> c.requireExplicitSave(true))
                .requestCache(r -> r.requestCache(new NullRequestCache())) // no session for a bot that knocks
                .anonymous(a -> a.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/admin/login")))
                .logout(l -> l.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signedOut")
                        .deleteCookies(SESSION_COOKIE))
                .addFilterBefore(new CurrentStaffFilter(users), AuthorizationFilter.class);
        return SecurityHeaders.apply(http).build();
    }

    /** The database session's cookie: HttpOnly, SameSite=Lax, path /admin, Secure over HTTPS. */
    @Bean
    CookieSerializer staffSessionCookie(PublicationProperties publication, StaffProperties props) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setCookiePath(STAFF_PATH);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(secure(publication, props));
        return cookie;
    }

    static boolean secure(PublicationProperties publication, StaffProperties props) {
        return props.secureCookies() != null ? props.secureCookies() : publication.baseUrl().startsWith("https://");
    }

    /**
     * Reads the signed-in person afresh on every staff request: a deactivated account is signed out at once on
     * every node, and a changed role applies from the next click. When the newsroom requires TOTP, someone
     * without it can only reach the page that sets it up.
     */
    static final class CurrentStaffFilter extends OncePerRequestFilter {
        private final StaffRepository users;

        CurrentStaffFilter(StaffRepository users) {
            this.users = users;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
                StaffUser user = users.user(p.id()).filter(StaffUser::active).orElse(null);
                if (user == null) {
                    SecurityContextHolder.clearContext();
                    if (req.getSession(false) != null) {
                        req.getSession(false).invalidate();
                    }
                    res.sendRedirect("/admin/login?signedOut");
                    return;
                }
                req.setAttribute(CURRENT, user);
                if (!user.totpEnabled() && totpRequired(users) && !req.getRequestURI().startsWith("/admin/account/totp")
                        && !req.getRequestURI().equals("/admin/logout")) {
                    res.sendRedirect("/admin/account/totp?required");
                    return;
                }
            }
            chain.doFilter(req, res);
        }
    }

    static boolean totpRequired(StaffRepository users) {
        return users.setting(REQUIRE_TOTP).map(Boolean::parseBoolean).orElse(false);
    }
}
