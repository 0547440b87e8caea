package org.masthead.members;

/**
 * A member's grace period ended and their record was emptied of everything personal; other modules delete
 * what they hold for this member. Published inside the deleting transaction.
 *
 * @param formerEmail the address the account had until now, for data kept by address rather than by member id
 *                    (a pending newsletter sign-up); null when not known. The member row no longer holds it.
 */
public record MemberDeleted(long memberId, String formerEmail) {

    public MemberDeleted(long memberId) {
        this(memberId, null);
    }
}
