package org.masthead.media;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MediaRepository {

    private static final String COLUMNS = "id, content_type, width, height, byte_size, alt, caption, credit";

    private static final RowMapper<Image> IMAGE = (rs, n) -> new Image(rs.getLong("id"), rs.getString("content_type"),
            rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_size"), rs.getString("alt"),
            rs.getString("caption"), rs.getString("credit"));

    private final JdbcClient db;

    MediaRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(String key, String filename, String format, int width, int height, long size, String sha256,
                String alt, String caption, String credit, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO media_image (storage_key, original_filename, content_type, width, height, byte_size,
                    sha256, alt, caption, credit, created_at)
                VALUES (:key, :filename, :format, :width, :height, :size, :sha, :alt, :caption, :credit, :at)
                """).param("key", key).param("filename", filename).param("format", format).param("width", width)
                .param("height", height).param("size", size).param("sha", sha256).param("alt", alt)
                .param("caption", caption).param("credit", credit).param("at", at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Image> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM media_image WHERE id = :id").param("id", id).query(IMAGE).optional();
    }

    List<Image> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("SELECT " + COLUMNS + " FROM media_image WHERE id IN (:ids)").param("ids", ids).query(IMAGE).list();
    }

    Optional<String> storageKey(long id) {
        return db.sql("SELECT storage_key FROM media_image WHERE id = :id").param("id", id).query(String.class).optional();
    }

    List<Image> recent(int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM media_image ORDER BY id DESC LIMIT :limit")
                .param("limit", limit).query(IMAGE).list();
    }
}
