package org.masthead.content;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a media-library image is used: articles that show it (as lead image, as the picture of social cards,
 * or in the body, whatever their status) and authors whose portrait it is. The library asks before an image
 * is deleted, since a deleted image would leave a hole in each of them. Read fresh every time: nothing is kept.
 */
@Service
public class MediaUsage {

    /** How an article uses an image. */
    public enum Place { LEAD, SOCIAL, BODY }

    public record ArticleUse(long articleId, String headline, ArticleStatus status, Set<Place> places) { }

    public record AuthorUse(long authorId, String slug, String name) { }

    private final JdbcClient db;

    MediaUsage(JdbcClient db) {
        this.db = db;
    }

    /**
     * Articles whose lead or social image is {@code mediaId}, or whose body has a picture of it: bodies are
     * sanitized on save, so such a picture is always written {@code data-media-id="ID"}, quotes included
     * (which keeps image 7 from matching 71). Most recently changed first.
     */
    @Transactional(readOnly = true)
    public List<ArticleUse> articlesUsing(long mediaId) {
        return db.sql("""
                SELECT id, headline, status, lead_media_id, social_media_id,
                       CASE WHEN body_html LIKE :inBody THEN 1 ELSE 0 END AS in_body
                FROM content_article
                WHERE lead_media_id = :id OR social_media_id = :id OR body_html LIKE :inBody
                ORDER BY modified_at DESC, id DESC
                """).param("id", mediaId).param("inBody", "%data-media-id=\"" + mediaId + "\"%")
                .query((rs, n) -> {
                    Set<Place> places = EnumSet.noneOf(Place.class);
                    if (mediaId == rs.getLong("lead_media_id")) {
                        places.add(Place.LEAD);
                    }
                    if (mediaId == rs.getLong("social_media_id")) {
                        places.add(Place.SOCIAL);
                    }
                    if (rs.getInt("in_body") == 1) {
                        places.add(Place.BODY);
                    }
                    return new ArticleUse(rs.getLong("id"), rs.getString("headline"),
                            ArticleStatus.valueOf(rs.getString("status")), Set.copyOf(places));
                }).list();
    }

    /** Authors (people or desks) whose portrait is {@code mediaId}, by name. */
    @Transactional(readOnly = true)
    public List<AuthorUse> authorsUsing(long mediaId) {
        return db.sql("SELECT id, slug, name FROM content_author WHERE photo_media_id = :id ORDER BY name, id")
                .param("id", mediaId)
                .query((rs, n) -> new AuthorUse(rs.getLong("id"), rs.getString("slug"), rs.getString("name"))).list();
    }
}
