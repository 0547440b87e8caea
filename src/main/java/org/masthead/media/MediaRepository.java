package org.masthead.media;

import org.masthead.platform.JdbcTimes;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Repository
class MediaRepository {

    private static final String COLUMNS = "id, content_type, width, height, byte_size, alt, caption, credit, "
            + "original_filename, created_at";

    private static final RowMapper<Image> IMAGE = (rs, n) -> new Image(rs.getLong("id"), rs.getString("content_type"),
            rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_size"), rs.getString("alt"),
            rs.getString("caption"), rs.getString("credit"), rs.getString("original_filename"),
            JdbcTimes.instant(rs, "created_at"));

    /** A search of the library: words to find in its texts or file names (blank: all), and the alt filter. */
    record Filter(String words, boolean missingAltOnly) { }

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
                .param("caption", caption).param("credit", credit).param("at", JdbcTimes.ts(at))
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

    /** Newest first (ids grow with upload time, and the primary key orders them without another index). */
    List<Image> search(Filter filter, int limit, long offset) {
        return bind(db.sql("SELECT " + COLUMNS + " FROM media_image" + where(filter)
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset"), filter)
                .param("limit", limit).param("offset", offset).query(IMAGE).list();
    }

    long count(Filter filter) {
        return bind(db.sql("SELECT COUNT(*) FROM media_image" + where(filter)), filter).query(Long.class).single();
    }

    boolean updateText(long id, String alt, String caption, String credit) {
        return db.sql("UPDATE media_image SET alt = :alt, caption = :caption, credit = :credit WHERE id = :id")
                .param("alt", alt).param("caption", caption).param("credit", credit).param("id", id).update() == 1;
    }

    boolean delete(long id) {
        return db.sql("DELETE FROM media_image WHERE id = :id").param("id", id).update() == 1;
    }

    /** Each word must appear in the caption, credit, alt text or file name, case aside. */
    private static String where(Filter filter) {
        List<String> clauses = new ArrayList<>();
        List<String> words = words(filter);
        for (int i = 0; i < words.size(); i++) {
            clauses.add("""
                    (LOWER(caption) LIKE :w%1$d ESCAPE '!' OR LOWER(credit) LIKE :w%1$d ESCAPE '!'
                     OR LOWER(alt) LIKE :w%1$d ESCAPE '!' OR LOWER(original_filename) LIKE :w%1$d ESCAPE '!')"""
                    .formatted(i));
        }
        if (filter.missingAltOnly()) {
            clauses.add("alt = ''");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter) {
        List<String> words = words(filter);
        for (int i = 0; i < words.size(); i++) {
            String escaped = words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            spec = spec.param("w" + i, "%" + escaped + "%");
        }
        return spec;
    }

    private static List<String> words(Filter filter) {
        String w = filter.words() == null ? "" : filter.words().trim().toLowerCase(Locale.ROOT);
        return w.isEmpty() ? List.of() : List.of(w.split("\\s+")).stream().limit(8).toList();
    }
}
