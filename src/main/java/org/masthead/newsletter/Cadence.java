package org.masthead.newsletter;

/** When a list sends: a digest every day or every week at its local time, or only when staff send one. */
public enum Cadence { DAILY, WEEKLY, MANUAL }
