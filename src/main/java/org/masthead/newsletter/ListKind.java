package org.masthead.newsletter;

/**
 * What a list carries. NEWS goes to its subscribers; OFFERS ("early access, discounts and offers") goes only to
 * members whose latest consent for {@code offers} is a grant at send time, and has no subscription rows.
 */
public enum ListKind { NEWS, OFFERS }
