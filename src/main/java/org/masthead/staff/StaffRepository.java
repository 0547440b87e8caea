package org.masthead.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

@Repository
class StaffRepository {

    private final JdbcClient db;

    StaffRepository(JdbcClient db) {
        this.db = db;
    }

    boolean ownerExists() {
        return db.sql("SELECT COUNT(*) FROM staff_user WHERE role = 'OWNER'").query(Long.class).single() > 0;
    }

    long insertUser(String email, String name, String passwordHash, Role role, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO staff_user (email, display_name, password_hash, role, created_at)
                VALUES (:email, :name, :hash, :role, :at)
                """).param("email", email).param("name", name).param("hash", passwordHash)
                .param("role", role.name()).param("at", at.atOffset(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Long> ownerId() {
        return db.sql("SELECT id FROM staff_user WHERE role = 'OWNER'").query(Long.class).optional();
    }

    void saveSetupToken(String hash, Instant at) {
        db.sql("DELETE FROM staff_setup_token").update();
        db.sql("INSERT INTO staff_setup_token (id, token_hash, created_at) VALUES (1, :hash, :at)")
                .param("hash", hash).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    /** Marks the token used; true only for the one caller that used it, so two nodes cannot both accept it. */
    boolean useSetupToken(String hash, Instant at) {
        return db.sql("""
                UPDATE staff_setup_token SET used_at = :at WHERE id = 1 AND token_hash = :hash AND used_at IS NULL
                """).param("hash", hash).param("at", at.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    boolean setupTokenValid(String hash) {
        return db.sql("SELECT COUNT(*) FROM staff_setup_token WHERE token_hash = :hash AND used_at IS NULL")
                .param("hash", hash).query(Long.class).single() > 0;
    }

    void insertApiKey(String name, String prefix, String hash, Long createdBy, Instant at) {
        db.sql("""
                INSERT INTO staff_api_key (name, key_prefix, key_hash, created_by, created_at)
                VALUES (:name, :prefix, :hash, :by, :at)
                """).param("name", name).param("prefix", prefix).param("hash", hash).param("by", createdBy)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<String> liveApiKeyName(String hash) {
        return db.sql("SELECT name FROM staff_api_key WHERE key_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash).query(String.class).optional();
    }
}
