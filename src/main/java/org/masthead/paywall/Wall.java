package org.masthead.paywall;

/** What a reader who may not read on is asked to do. {@code NONE}: they read the whole article. */
public enum Wall {
    NONE, SIGN_UP, SIGN_IN, SUBSCRIBE
}
