package org.masthead.newsletter;

/** Who may subscribe to a list and receive it: anyone with an account, or paying subscribers only. */
public enum Audience { EVERYONE, SUBSCRIBERS }
