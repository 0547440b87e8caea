package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.masthead.content.Refs.Correction;
import org.masthead.content.Refs.LeadImage;
import org.masthead.content.Refs.SectionRef;
import org.masthead.content.Refs.TagRef;

import java.time.Instant;
import java.util.List;

/**
 * One article as stored. {@code updatedAt} is the editorial "Updated" time readers see (null when never
 * updated after publication); {@code modifiedAt} is the last change of any kind, made by staff user
 * {@code modifiedBy}. {@code createdBy} and {@code modifiedBy} are staff user ids, null for the Admin API, imports
 * and the demo newsroom.
 */
public record Article(
        long id, String slug, SectionRef section, String headline, String standfirst, String bodyHtml,
        String dateline, ArticleStatus status, AccessLevel access,
        Instant firstPublishedAt, Instant updatedAt, Instant scheduledAt,
        List<AuthorRef> bylines, List<TagRef> tags, List<Correction> corrections, LeadImage leadImage,
        String seoTitle, String seoDescription, Long socialMediaId, Integer homePosition,
        Instant createdAt, Instant modifiedAt, int version, Long createdBy, Long modifiedBy) {

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The time of the last change readers can see. */
    public Instant lastModified() {
        return updatedAt != null ? updatedAt : firstPublishedAt != null ? firstPublishedAt : modifiedAt;
    }
}
