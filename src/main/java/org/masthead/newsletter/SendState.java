package org.masthead.newsletter;

/** Where a send stands; see {@code newsletter_send} in the migrations. */
enum SendState {
    /** Its candidates are being written, a page at a time; batches already written are sent meanwhile. */
    PREPARING,
    /** Every candidate is written; batches are being sent. */
    SENDING,
    /** Every candidate was sent, failed or excluded. */
    DONE,
    /** Stopped by a problem that needs a person (an issue that cannot be sent, a server gone for too long). */
    FAILED
}
