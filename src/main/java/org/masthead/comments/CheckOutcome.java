package org.masthead.comments;

/**
 * What the guideline checks said of a comment, as the posting rule needs it: CLEAN (no finding), FLAGGED (a
 * finding, and the reader has not yet decided) or FLAGGED_SUBMITTED_ANYWAY (a finding, and the reader chose to
 * send it as it is).
 */
public enum CheckOutcome { CLEAN, FLAGGED, FLAGGED_SUBMITTED_ANYWAY }
