package org.masthead.members;

/** A member confirmed a new e-mail address; it replaced the old one. */
public record MemberEmailChanged(long memberId) {
}
