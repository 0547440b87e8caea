package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.site.Views.ErrorPage;
import org.masthead.site.Views.Meta;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Map;

/** Reader-facing error pages (400, 403, 404, 410, and whatever else reaches the error controller). */
@ControllerAdvice(basePackages = {"org.masthead.site", "org.masthead.media"})
@Order(Ordered.LOWEST_PRECEDENCE)
class SiteErrors {

    private final ViewParts parts;

    SiteErrors(ViewParts parts) {
        this.parts = parts;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(GoneException.class)
    ModelAndView gone() {
        return page(HttpStatus.GONE);
    }

    /** A reader action given a value no form of ours offers (a forged or outdated form): nothing was changed. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid() {
        return page(HttpStatus.BAD_REQUEST);
    }

    ModelAndView page(HttpStatusCode status) {
        String title = switch (status.value()) {
            case 400 -> "That did not work";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 410 -> "This article has been withdrawn";
            default -> "Something went wrong";
        };
        String message = switch (status.value()) {
            case 400 -> "That form is out of date or was changed, so nothing was saved. Reload the page and try again.";
            case 403 -> "That request was refused and nothing changed. If you sent a form, go back to its page, "
                    + "reload it and try again.";
            case 404 -> "We could not find that page. It may have moved, or the address may be mistyped.";
            case 410 -> "The newsroom has taken this article down. It is no longer available.";
            default -> "We could not show this page just now. Please try again in a moment.";
        };
        Meta meta = new Meta(title + " | " + parts.publication().name(), message, null, "website", null, null, null,
                List.of(), null, null, null, null, null, List.of());
        ModelAndView mv = new ModelAndView("site/error", Map.of("page",
                new ErrorPage(parts.chrome(), meta, status.value(), title, message)));
        mv.setStatus(status);
        return mv;
    }

    /** Renders our error page for errors that reach Boot's error controller (unknown URLs, 500s). */
    @Component
    static class Resolver implements ErrorViewResolver {
        private final SiteErrors errors;

        Resolver(SiteErrors errors) {
            this.errors = errors;
        }

        @Override
        public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
            return errors.page(status);
        }
    }
}
