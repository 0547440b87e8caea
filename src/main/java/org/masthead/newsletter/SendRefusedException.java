package org.masthead.newsletter;

/** A send that may not start; the message says why, in words for the staff member who started it. */
public class SendRefusedException extends RuntimeException {

    public SendRefusedException(String message) {
        super(message);
    }
}
