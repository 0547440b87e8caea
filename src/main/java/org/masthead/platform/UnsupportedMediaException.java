package org.masthead.platform;

/** An upload whose content is not of an accepted type (checked by content, not by name); answered with 415. */
public class UnsupportedMediaException extends RuntimeException {
    private final String field;

    public UnsupportedMediaException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
