package org.masthead.site;

/** The page existed and was withdrawn on purpose; answered with 410 so search engines drop it. */
class GoneException extends RuntimeException {
    GoneException(String message) {
        super(message);
    }
}
