package org.masthead.staff;

import org.masthead.platform.JdbcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Admin API keys ({@code staff_api_key}): SHA-256 hashes of the keys, never the keys. */
@Repository
class ApiKeyRepository {

    /** A live key found by its hash, with when it was last noted as used. */
    record Live(long id, String name, Instant lastUsedAt) { }

    private final JdbcClient db;

    ApiKeyRepository(JdbcClient db) {
        this.db = db;
    }

    void insert(String name, String prefix, String hash, Long createdBy, Instant at) {
        db.sql("""
                INSERT INTO staff_api_key (name, key_prefix, key_hash, created_by, created_at)
                VALUES (:name, :prefix, :hash, :by, :at)
                """).param("name", name).param("prefix", prefix).param("hash", hash).param("by", createdBy)
                .param("at", JdbcTimes.ts(at)).update();
    }

    Optional<Live> live(String hash) {
        return db.sql("SELECT id, name, last_used_at FROM staff_api_key WHERE key_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash).query((rs, n) -> new Live(rs.getLong("id"), rs.getString("name"),
                        JdbcTimes.instant(rs, "last_used_at"))).optional();
    }

    /** Notes a use unless one at or after {@code since} is noted already, so nodes racing write it once. */
    void used(long id, Instant at, Instant since) {
        db.sql("""
                UPDATE staff_api_key SET last_used_at = :at
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)
                """).param("id", id).param("at", JdbcTimes.ts(at)).param("since", JdbcTimes.ts(since)).update();
    }

    /** Every key, live ones first, newest first. */
    List<ApiKey> all() {
        return db.sql("""
                SELECT k.id, k.name, k.key_prefix, u.display_name, k.created_at, k.last_used_at, k.revoked_at
                FROM staff_api_key k LEFT JOIN staff_user u ON u.id = k.created_by
                ORDER BY k.revoked_at NULLS FIRST, k.created_at DESC, k.id DESC
                """).query((rs, n) -> new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
                rs.getString("display_name"), JdbcTimes.instant(rs, "created_at"), JdbcTimes.instant(rs, "last_used_at"),
                JdbcTimes.instant(rs, "revoked_at"))).list();
    }

    boolean revoke(long id, Instant at) {
        return db.sql("UPDATE staff_api_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("at", JdbcTimes.ts(at)).update() == 1;
    }
}
