package org.masthead.staff;

import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.Publication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors on the newsroom screens: an id that names nothing is a 404, a value outside what a form offers a 400.
 * Refusals (403) are Spring Security's, so an id changed in a URL never reveals more than "not allowed".
 */
@ControllerAdvice(basePackages = {"org.masthead.staff", "org.masthead.admin", "org.masthead.paywall", "org.masthead.newsletter"})
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class StaffErrors {

    private final Publication publication;

    StaffErrors(Publication publication) {
        this.publication = publication;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse res, Model model) {
        res.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("page", new LinkPages.DeadLinkPage(publication.name(), "Not found",
                "There is nothing at this address. It may have been deleted, or the link is mistyped."));
        return "staff/dead-link";
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletResponse res, Model model) {
        res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("page", new LinkPages.DeadLinkPage(publication.name(), "That did not work", e.errors().get(0).message() + "."));
        return "staff/dead-link";
    }
}
