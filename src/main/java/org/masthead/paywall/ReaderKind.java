package org.masthead.paywall;

/**
 * Who is reading, as far as the paywall is concerned. {@code RETURNING}: the browser holds a reader session but no
 * valid identity (it expired and has not been renewed yet), so the reader has an account but cannot be named
 * without the database, which article pages never ask.
 */
public enum ReaderKind {
    ANONYMOUS, RETURNING, MEMBER, SUBSCRIBER
}
