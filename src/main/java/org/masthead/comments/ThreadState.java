package org.masthead.comments;

/**
 * A story's comment thread as readers meet it now. OPEN takes comments; CLOSED shows them and takes no more
 * (closed by staff, or automatically some days after publication); HIDDEN shows nothing and takes nothing. An
 * unpublished story has no thread at all: UNAVAILABLE.
 */
public enum ThreadState { OPEN, CLOSED, HIDDEN, UNAVAILABLE }
