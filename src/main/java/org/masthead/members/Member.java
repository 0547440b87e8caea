package org.masthead.members;

import java.time.Instant;

/**
 * A reader's account as the account page shows it. {@code deletionDueAt} is set while a deletion waits out its
 * grace period (signing in offers to cancel it).
 */
public record Member(long id, String email, String displayName, boolean hasPassword, Instant createdAt,
                     Instant deletionDueAt) {
}
