package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The reader signed in on this request, checked against their account session (not the short-lived identity
 * cookie: buying a subscription is an account action). Reader accounts come from the members module; until
 * it is wired here, {@link NoReaderAccounts} answers that nobody is signed in.
 */
public interface SignedInReader {

    /** A signed-in reader: their member id and, when known, the e-mail address Checkout should prefill. */
    record Reader(long memberId, String email) { }

    Optional<Reader> of(HttpServletRequest request);
}
