package org.masthead.content;

/**
 * Which articles the newsroom's list shows, in any status: each field narrows it, null leaves it open.
 * {@code headline} matches anywhere in the headline, ignoring case; {@code createdBy} keeps one staff member's.
 */
public record NewsroomFilter(ArticleStatus status, Long sectionId, Long authorId, AccessLevel access, String headline,
                             Long createdBy, Sort sort) {

    /** Last changed first; first published newest first; headline A–Z; soonest scheduled first. */
    public enum Sort { CHANGED, PUBLISHED, HEADLINE, SCHEDULED }
}
