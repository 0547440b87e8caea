package org.masthead.content;

import org.masthead.content.Refs.LeadImage;
import org.masthead.content.Refs.SectionRef;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** An article row joined with its section, before bylines, tags and corrections are attached. */
record ArticleRow(long id, String slug, SectionRef section, String headline, String standfirst, String bodyHtml,
                  String dateline, ArticleStatus status, AccessLevel access, Instant firstPublishedAt,
                  Instant updatedAt, Instant scheduledAt, LeadImage leadImage, String seoTitle,
                  String seoDescription, Long socialMediaId, Integer homePosition, Instant createdAt,
                  Instant modifiedAt, int version, Long createdBy, Long modifiedBy) {

    /** Columns every article query selects, aliased {@code a} (article) and {@code s} (section). */
    static final String COLUMNS = """
            a.id, a.slug, a.headline, a.standfirst, a.dateline, a.status, a.access_level, a.first_published_at,
            a.updated_at, a.scheduled_at, a.lead_media_id, a.lead_caption, a.lead_credit, a.lead_alt,
            a.seo_title, a.seo_description, a.social_media_id, a.home_position, a.created_at, a.modified_at,
            a.version, a.created_by, a.modified_by, s.id AS section_id, s.slug AS section_slug, s.name AS section_name,
            s.parent_id AS section_parent""";

    static ArticleRow map(ResultSet rs, boolean withBody) throws SQLException {
        Long lead = Db.longOrNull(rs, "lead_media_id");
        return new ArticleRow(rs.getLong("id"), rs.getString("slug"),
                new SectionRef(rs.getLong("section_id"), rs.getString("section_slug"), rs.getString("section_name"),
                        Db.longOrNull(rs, "section_parent")),
                rs.getString("headline"), rs.getString("standfirst"), withBody ? rs.getString("body_html") : null,
                rs.getString("dateline"), ArticleStatus.valueOf(rs.getString("status")),
                AccessLevel.valueOf(rs.getString("access_level")), Db.instant(rs, "first_published_at"),
                Db.instant(rs, "updated_at"), Db.instant(rs, "scheduled_at"),
                lead == null ? null : new LeadImage(lead, rs.getString("lead_caption"), rs.getString("lead_credit"),
                        rs.getString("lead_alt")),
                rs.getString("seo_title"), rs.getString("seo_description"), Db.longOrNull(rs, "social_media_id"),
                Db.intOrNull(rs, "home_position"), Db.instant(rs, "created_at"), Db.instant(rs, "modified_at"),
                rs.getInt("version"), Db.longOrNull(rs, "created_by"), Db.longOrNull(rs, "modified_by"));
    }
}
