package org.masthead.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rows of {@code platform_setting}: a setting's key and its stored text. */
@Repository
class SettingsRepository {

    private final JdbcClient db;

    SettingsRepository(JdbcClient db) {
        this.db = db;
    }

    Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        db.sql("SELECT setting_key, setting_text FROM platform_setting ORDER BY setting_key")
                .query(rs -> {
                    out.put(rs.getString("setting_key"), rs.getString("setting_text"));
                });
        return out;
    }

    /** Replaces every stored setting with {@code rows}: a setting left out falls back to configuration. */
    void replace(Map<String, String> rows, String by, Instant at) {
        db.sql("DELETE FROM platform_setting").update();
        rows.forEach((key, text) -> db.sql("""
                INSERT INTO platform_setting (setting_key, setting_text, modified_at, modified_by)
                VALUES (:key, :text, :at, :by)
                """).param("key", key).param("text", text).param("at", JdbcTimes.ts(at)).param("by", by).update());
    }
}
