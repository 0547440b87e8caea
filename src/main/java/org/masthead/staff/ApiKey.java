package org.masthead.staff;

import java.time.Instant;

/**
 * An Admin API key as the newsroom sees it: never the key itself (only its hash is kept), but its name, the
 * prefix it starts with ({@code mh_<prefix>_…}), who made it and when it was last used (to the minute).
 * {@code createdBy} is null when that account is gone; {@code revokedAt} is set once it stopped working.
 */
public record ApiKey(long id, String name, String prefix, String createdBy, Instant createdAt, Instant lastUsedAt,
                     Instant revokedAt) {

    public boolean live() {
        return revokedAt == null;
    }
}
