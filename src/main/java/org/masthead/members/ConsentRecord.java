package org.masthead.members;

import java.time.Instant;

/**
 * One entry of the consent ledger: a member gave or withdrew consent to a purpose, at a time, through a form
 * ({@code source}: {@code sign-up}, {@code account-page}, …), having been shown a wording.
 */
public record ConsentRecord(long id, long memberId, String purpose, boolean granted, Instant recordedAt,
                            String source, long wordingId, int wordingVersion) {
}
