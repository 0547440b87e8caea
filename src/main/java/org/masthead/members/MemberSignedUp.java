package org.masthead.members;

/** A reader proved their e-mail address and a member record was created for it. */
public record MemberSignedUp(long memberId) {
}
