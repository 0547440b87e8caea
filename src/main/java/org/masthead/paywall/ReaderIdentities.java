package org.masthead.paywall;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * Who the reader of an article page is, from the request alone, in memory: no database, no session. The members
 * module's signed identity cookie answers it.
 */
interface ReaderIdentities {

    /** The member named by a valid identity cookie. */
    Optional<Long> member(HttpServletRequest request);

    /** The browser holds a reader session but no valid identity: the reader has an account we cannot name here. */
    boolean returning(HttpServletRequest request);
}
