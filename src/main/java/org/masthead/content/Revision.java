package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.masthead.content.Refs.LeadImage;
import org.masthead.content.Refs.SectionRef;
import org.masthead.content.Refs.TagRef;

import java.time.Instant;
import java.util.List;

/**
 * One version of an article as it was saved: who ({@code savedBy}, a staff user id, null for the API, imports
 * and scheduled publication), when, what kind of change, the status it left, and every editable field.
 * {@code restoredFrom} names the version a restore copied. Sections, bylines and tags are named as they are now;
 * one deleted since is left out (a section shows as "(deleted section)").
 */
public record Revision(long articleId, int version, RevisionKind kind, Long savedBy, Instant savedAt,
                       Integer restoredFrom, ArticleStatus status, String slug, SectionRef section, String headline,
                       String standfirst, String bodyHtml, String dateline, AccessLevel access, LeadImage leadImage,
                       String seoTitle, String seoDescription, Long socialMediaId, Integer homePosition,
                       List<AuthorRef> bylines, List<TagRef> tags) {

    /** The same fields as a draft to save again, naming section, bylines and tags as the services expect. */
    ArticleDraft draft() {
        return new ArticleDraft(headline, standfirst, bodyHtml, slug, section.slug(),
                bylines.stream().map(AuthorRef::slug).toList(), tags.stream().map(TagRef::name).toList(), dateline,
                access, leadImage, seoTitle, seoDescription, socialMediaId, homePosition);
    }

    /** A line of an article's history, without its fields. */
    public record Entry(long articleId, int version, RevisionKind kind, Long savedBy, Instant savedAt,
                        Integer restoredFrom, ArticleStatus status, String headline) { }
}
