package org.masthead.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** A 301 to where a page lives now (a renamed slug, a changed section or date), with no model in the address. */
final class Moved {
    private Moved() {
    }

    static RedirectView to(String path) {
        RedirectView moved = new RedirectView(path);
        moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        moved.setExposeModelAttributes(false);
        return moved;
    }
}
