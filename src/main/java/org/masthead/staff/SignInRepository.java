package org.masthead.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.masthead.staff.StaffRepository.ts;

/** Trusted devices and e-mailed codes. */
@Repository
class SignInRepository {

    record Code(long id, String codeHash, Instant expiresAt, int tries) { }

    record Device(long id, long userId, String label, Instant createdAt, Instant lastUsedAt) { }

    private final JdbcClient db;

    SignInRepository(JdbcClient db) {
        this.db = db;
    }

    void insertDevice(long userId, String hash, String label, Instant at) {
        db.sql("""
                INSERT INTO staff_device (user_id, device_hash, label, created_at, last_used_at)
                VALUES (:user, :hash, :label, :at, :at)
                """).param("user", userId).param("hash", hash).param("label", label).param("at", ts(at)).update();
    }

    /** Marks the device used; false when it is not a trusted device of this person. */
    boolean touchDevice(long userId, String hash, Instant at) {
        return db.sql("UPDATE staff_device SET last_used_at = :at WHERE user_id = :user AND device_hash = :hash")
                .param("user", userId).param("hash", hash).param("at", ts(at)).update() == 1;
    }

    List<Device> devices(long userId) {
        return db.sql("""
                SELECT id, user_id, label, created_at, last_used_at FROM staff_device WHERE user_id = :user
                ORDER BY last_used_at DESC
                """).param("user", userId).query((rs, n) -> new Device(rs.getLong("id"), rs.getLong("user_id"),
                rs.getString("label"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("last_used_at", OffsetDateTime.class).toInstant())).list();
    }

    void forgetDevices(long userId) {
        db.sql("DELETE FROM staff_device WHERE user_id = :user").param("user", userId).update();
    }

    void insertCode(long userId, String hash, Instant at, Instant expires) {
        db.sql("UPDATE staff_sign_in_code SET used_at = :at WHERE user_id = :user AND used_at IS NULL")
                .param("user", userId).param("at", ts(at)).update(); // a new code replaces the last
        db.sql("""
                INSERT INTO staff_sign_in_code (user_id, code_hash, created_at, expires_at, tries)
                VALUES (:user, :hash, :at, :expires, 0)
                """).param("user", userId).param("hash", hash).param("at", ts(at)).param("expires", ts(expires)).update();
    }

    Optional<Code> liveCode(long userId, Instant now) {
        return db.sql("""
                SELECT id, code_hash, expires_at, tries FROM staff_sign_in_code
                WHERE user_id = :user AND used_at IS NULL AND expires_at > :now ORDER BY id DESC LIMIT 1
                """).param("user", userId).param("now", ts(now)).query((rs, n) -> new Code(rs.getLong("id"),
                rs.getString("code_hash"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                rs.getInt("tries"))).optional();
    }

    /** Counts a try; false when the code has no tries left (or was used meanwhile). */
    boolean tryCode(long codeId, int maxTries) {
        return db.sql("UPDATE staff_sign_in_code SET tries = tries + 1 WHERE id = :id AND used_at IS NULL AND tries < :max")
                .param("id", codeId).param("max", maxTries).update() == 1;
    }

    /** Spends the code; true only for the one caller that spent it. */
    boolean useCode(long codeId, Instant at) {
        return db.sql("UPDATE staff_sign_in_code SET used_at = :at WHERE id = :id AND used_at IS NULL")
                .param("id", codeId).param("at", ts(at)).update() == 1;
    }
}
