package org.masthead.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/** The CSRF field a rendered form must carry; staff pages are never cached, so a token may be embedded. */
public record Csrf(String parameterName, String token, String headerName) {

    public static Csrf of(HttpServletRequest request) {
        CsrfToken t = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return t == null ? new Csrf("_csrf", "", "X-CSRF-TOKEN") : new Csrf(t.getParameterName(), t.getToken(), t.getHeaderName());
    }
}
