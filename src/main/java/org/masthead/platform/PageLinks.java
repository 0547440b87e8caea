package org.masthead.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a paginated JSON answer: this page, the next and the previous (null at either end). Built from
 * the request's path and query, so every filter is kept, on {@code base} (the publication's URL for public
 * answers, so links are right behind a proxy).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageLinks(String self, String next, String prev) {

    public static PageLinks of(HttpServletRequest request, String base, int page, int pages) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(base + request.getRequestURI())
                .query(request.getQueryString());
        return new PageLinks(at(uri, page), page < pages ? at(uri, page + 1) : null,
                page > 1 ? at(uri, Math.min(page - 1, pages)) : null);
    }

    private static String at(UriComponentsBuilder uri, int page) {
        return uri.cloneBuilder().replaceQueryParam("page", page).build().toUriString();
    }
}
