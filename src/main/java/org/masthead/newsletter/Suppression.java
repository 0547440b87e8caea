package org.masthead.newsletter;

import java.time.Instant;

/**
 * An address newsletters do not go to, or no longer: lifted ones stay, with who lifted them and when.
 *
 * @param address   normalised: trimmed, lower case
 * @param detail    the server's reply, the relay's reason or the staff member's note
 * @param createdBy the staff member who added it by hand; null for bounces and complaints
 */
record Suppression(long id, String address, Reason reason, String detail, Instant createdAt, Long createdBy,
                   Instant liftedAt, Long liftedBy) {

    enum Reason { BOUNCE, COMPLAINT, MANUAL }

    boolean active() {
        return liftedAt == null;
    }
}
