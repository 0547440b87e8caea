package org.masthead.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.masthead.content.Refs.LeadImage;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.JsonEnums;
import org.masthead.platform.PageLinks;
import org.masthead.platform.StrictJson;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The Admin API's JSON for articles; field names are the API contract. An article as returned carries
 * the editable fields under the names a request uses, so a client can GET, change and PUT it back: the
 * read-only fields it echoes are accepted and ignored, anything else unknown is refused.
 */
final class ArticleAdminJson {
    private ArticleAdminJson() {
    }

    /** Create (POST) or replace (PUT, with {@code version}) an article. */
    @StrictJson
    @JsonIgnoreProperties({"id", "status", "url", "path", "createdAt", "modifiedAt", "firstPublishedAt",
            "updatedAt", "scheduledAt", "corrections"})
    record ArticleRequest(String headline, String standfirst, String body, String slug, String section,
                          List<String> bylines, List<String> tags, String dateline, String access,
                          AdminLeadImage leadImage, String seoTitle, String seoDescription, Long socialMediaId,
                          Integer homePosition, Integer version, Boolean minorEdit) {

        ArticleDraft draft() {
            return new ArticleDraft(headline, standfirst, body, slug, section, bylines, tags, dateline,
                    JsonEnums.parse(AccessLevel.class, access, "access"), leadImage == null ? null : leadImage.ref(), seoTitle, seoDescription,
                    socialMediaId, homePosition);
        }
    }

    @StrictJson
    record AdminLeadImage(Long mediaId, String caption, String credit, String alt) {
        LeadImage ref() {
            if (mediaId == null) {
                throw new InvalidInputException("leadImage.mediaId", "required with a lead image");
            }
            return new LeadImage(mediaId, caption, credit, alt);
        }

        static AdminLeadImage of(LeadImage l) {
            return l == null ? null : new AdminLeadImage(l.mediaId(), l.caption(), l.credit(), l.alt());
        }
    }

    /** Publish, unpublish or schedule; {@code version}, when given, must be current. */
    @StrictJson
    record Transition(Integer version, OffsetDateTime publishAt) { }

    @StrictJson
    record CorrectionRequest(String text) { }

    record AdminCorrection(Instant notedAt, String text) { }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AdminArticle(long id, String status, int version, String url, String headline, String standfirst,
                       String body, String slug, String section, List<String> bylines, List<String> tags,
                       String dateline, String access, AdminLeadImage leadImage, String seoTitle,
                       String seoDescription, Long socialMediaId, Integer homePosition, Instant createdAt,
                       Instant modifiedAt, Instant firstPublishedAt, Instant updatedAt, Instant scheduledAt,
                       List<AdminCorrection> corrections) {

        static AdminArticle of(Article a, String url) {
            return new AdminArticle(a.id(), JsonEnums.name(a.status()), a.version(), url, a.headline(), a.standfirst(),
                    a.bodyHtml(), a.slug(), a.section().slug(), a.bylines().stream().map(Refs.AuthorRef::slug).toList(),
                    a.tags().stream().map(Refs.TagRef::name).toList(), a.dateline(), JsonEnums.name(a.access()),
                    AdminLeadImage.of(a.leadImage()), a.seoTitle(), a.seoDescription(), a.socialMediaId(),
                    a.homePosition(), a.createdAt(), a.modifiedAt(), a.firstPublishedAt(), a.updatedAt(),
                    a.scheduledAt(), a.corrections().stream().map(c -> new AdminCorrection(c.notedAt(), c.text())).toList());
        }
    }

    /** A created or replaced article, and what the sanitizer removed from its body. */
    record SavedArticle(AdminArticle article, List<String> removed) { }

    record AdminArticleList(List<AdminArticle> items, long total, int page, int pages, int limit, PageLinks links) { }
}
