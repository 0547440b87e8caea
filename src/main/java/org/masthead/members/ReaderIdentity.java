package org.masthead.members;

/** Who a signed-in reader is, as far as pages need to know: the member's id and the name they go by. */
public record ReaderIdentity(long memberId, String displayName) {
}
