package org.masthead.members;

/**
 * Thrown when a handler takes a {@link ReaderIdentity} and the request has no live reader session; answered
 * with a redirect to the sign-in page, which returns the reader to the page they asked for.
 */
public class ReaderSignInRequired extends RuntimeException {

    private final String next;

    ReaderSignInRequired(String next) {
        super("sign in first", null, false, false);
        this.next = next;
    }

    public String next() {
        return next;
    }
}
