package org.masthead.members;

/**
 * A member's grace period ended and their record was emptied of everything personal; other modules delete
 * what they hold for this member. Published inside the deleting transaction.
 */
public record MemberDeleted(long memberId) {
}
