package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.masthead.content.Refs.LeadImage;
import org.masthead.content.Refs.SectionRef;

import java.time.Instant;
import java.util.List;

/** What a listing shows of an article. */
public record ArticleSummary(
        long id, String slug, String path, SectionRef section, String headline, String standfirst,
        AccessLevel access, Instant firstPublishedAt, Instant updatedAt, Instant modifiedAt,
        List<AuthorRef> bylines, LeadImage leadImage, Integer homePosition) {

    public Instant lastModified() {
        return updatedAt != null ? updatedAt : firstPublishedAt;
    }
}
