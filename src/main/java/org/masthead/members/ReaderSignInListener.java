package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Told of every successful sign-in and sign-up (password, code, link, reset), in the same request, after the
 * reader's cookies are set and before the redirect: a listener may read the request's cookies (an anonymous
 * meter, a story to save) and set or clear its own on the response. A listener that throws is logged and
 * skipped; the reader is signed in regardless.
 */
public interface ReaderSignInListener {

    void signedIn(long memberId, HttpServletRequest request, HttpServletResponse response);
}
