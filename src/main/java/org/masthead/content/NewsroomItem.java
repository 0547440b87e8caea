package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.masthead.content.Refs.SectionRef;

import java.time.Instant;
import java.util.List;

/** A line of the newsroom's article list: enough to find, judge and open an article in any status. */
public record NewsroomItem(long id, String headline, String path, ArticleStatus status, SectionRef section,
                           List<AuthorRef> bylines, AccessLevel access, Instant firstPublishedAt, Instant scheduledAt,
                           Instant modifiedAt, Long createdBy, Long modifiedBy, int version) {
}
