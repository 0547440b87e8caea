package org.masthead.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    /** A staff row with the stored password hash, for the password check only. */
    record Credentials(StaffUser user, String passwordHash) { }

    private static final String USER_COLUMNS =
            "id, email, display_name, role, totp_enabled_at, deactivated_at, created_at";

    Optional<Credentials> credentials(String email) {
        return db.sql("SELECT " + USER_COLUMNS + ", password_hash FROM staff_user WHERE email = :email")
                .param("email", email).query((rs, n) -> new Credentials(user(rs), rs.getString("password_hash")))
                .optional();
    }

    Optional<String> passwordHash(long id) {
        return db.sql("SELECT password_hash FROM staff_user WHERE id = :id").param("id", id).query(String.class).optional();
    }

    Optional<StaffUser> user(long id) {
        return db.sql("SELECT " + USER_COLUMNS + " FROM staff_user WHERE id = :id")
                .param("id", id).query((rs, n) -> user(rs)).optional();
    }

    Optional<StaffUser> userByEmail(String email) {
        return db.sql("SELECT " + USER_COLUMNS + " FROM staff_user WHERE email = :email")
                .param("email", email).query((rs, n) -> user(rs)).optional();
    }

    List<StaffUser> users() {
        return db.sql("SELECT " + USER_COLUMNS + " FROM staff_user ORDER BY deactivated_at NULLS FIRST, display_name, id")
                .query((rs, n) -> user(rs)).list();
    }

    void setPassword(long id, String hash, Instant at) {
        db.sql("UPDATE staff_user SET password_hash = :hash, password_changed_at = :at WHERE id = :id")
                .param("id", id).param("hash", hash).param("at", ts(at)).update();
    }

    void setRole(long id, Role role) {
        db.sql("UPDATE staff_user SET role = :role WHERE id = :id").param("id", id).param("role", role.name()).update();
    }

    void setDeactivated(long id, Instant at) {
        db.sql("UPDATE staff_user SET deactivated_at = :at WHERE id = :id").param("id", id).param("at", ts(at)).update();
    }

    void setTotp(long id, String secret, Instant enabledAt) {
        db.sql("UPDATE staff_user SET totp_secret = :secret, totp_enabled_at = :at WHERE id = :id")
                .param("id", id).param("secret", secret).param("at", ts(enabledAt)).update();
    }

    Optional<String> totpSecret(long id) {
        return db.sql("SELECT totp_secret FROM staff_user WHERE id = :id AND totp_secret IS NOT NULL")
                .param("id", id).query(String.class).optional();
    }

    Optional<String> setting(String name) {
        return db.sql("SELECT setting_value FROM staff_policy_setting WHERE setting_name = :name").param("name", name)
                .query(String.class).optional();
    }

    void saveSetting(String name, String value, Instant at) {
        if (db.sql("UPDATE staff_policy_setting SET setting_value = :value, changed_at = :at WHERE setting_name = :name")
                .param("name", name).param("value", value).param("at", ts(at)).update() == 0) {
            db.sql("INSERT INTO staff_policy_setting (setting_name, setting_value, changed_at) VALUES (:name, :value, :at)")
                    .param("name", name).param("value", value).param("at", ts(at)).update();
        }
    }

    private static StaffUser user(ResultSet rs) throws SQLException {
        return new StaffUser(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("totp_enabled_at") != null,
                rs.getObject("deactivated_at") == null,
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime ts(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
