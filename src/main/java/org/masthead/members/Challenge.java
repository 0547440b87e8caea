package org.masthead.members;

import java.time.Instant;

/**
 * What an e-mail lets its reader do once: sign in or sign up (a 6-digit code and a link in the same message),
 * reset a password, or confirm a new address (a link). {@code memberId} is null when the address belongs to
 * no member yet: using the challenge then creates one, with the sign-up details it carries.
 */
record Challenge(long id, Kind kind, String email, Long memberId, String codeHash, String displayName,
                 String passwordHash, Long offersWordingId, String nextPath, Instant expiresAt, int tries, Instant usedAt) {

    enum Kind { SIGN_IN, SIGN_UP, RESET, EMAIL_CHANGE }

    /** Sign-up details, kept until the address is proven. */
    record Details(String displayName, String passwordHash, Long offersWordingId) {
        static final Details NONE = new Details("", null, null);
    }

    Details details() {
        return new Details(displayName == null ? "" : displayName, passwordHash, offersWordingId);
    }
}
