package org.masthead.admin;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.masthead.media.MediaProperties;
import org.masthead.platform.PublicationProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The plain upload form's 413. Its CSRF token rides in the form's address, so the security filters read it
 * before the body; a file over the limit makes the server refuse the body right there, before any controller
 * or signed-in person is known, and the answer reaches Boot's error controller. This page says what the
 * limit is, where the reader site's error page would only say that something went wrong. (With JavaScript,
 * the page refuses such a file before sending it.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MediaUploadTooLarge implements ErrorViewResolver {

    static final String FORM_PATH = "/admin/media/upload";

    private final PublicationProperties publication;
    private final MediaViews views;

    MediaUploadTooLarge(PublicationProperties publication, MediaViews views) {
        this.publication = publication;
        this.views = views;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.CONTENT_TOO_LARGE || !FORM_PATH.equals(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            return null;
        }
        ModelAndView mv = new ModelAndView("admin/media-too-large", Map.of("page",
                new MediaPages.TooLargePage(publication.name(), views.uploadLimit(), MediaProperties.FILES_PER_REQUEST)));
        mv.setStatus(status);
        return mv;
    }
}
