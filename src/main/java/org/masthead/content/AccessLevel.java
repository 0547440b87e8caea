package org.masthead.content;

/** Who may read an article; stored here, decided by the paywall module. */
public enum AccessLevel {
    FREE, METERED, PREMIUM
}
