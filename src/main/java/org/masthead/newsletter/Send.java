package org.masthead.newsletter;

import java.time.Instant;

/**
 * A send as stored. The totals are null until known: {@code candidates} once prepared, the rest once done.
 *
 * @param preparedUntil the last member id whose candidacy is written (the preparation's cursor)
 * @param lastError     why it stopped, or is waiting for the mail server; null when all is well
 */
record Send(long id, long issueId, long listId, SendState state, long preparedUntil, Integer candidates,
            Integer sent, Integer failed, Integer excluded, Long startedBy, Instant startedAt, Instant preparedAt,
            Instant finishedAt, String lastError, Instant lastErrorAt) {

    boolean running() {
        return state == SendState.PREPARING || state == SendState.SENDING;
    }
}
