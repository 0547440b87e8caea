package org.masthead.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.masthead.staff.StaffRepository.ts;

/** Invitations and password resets: single-use links, stored as hashes of their tokens. */
@Repository
class InviteRepository {

    record Invite(long id, String email, Role role, Instant createdAt, Instant expiresAt) { }

    private final JdbcClient db;

    InviteRepository(JdbcClient db) {
        this.db = db;
    }

    void insertInvite(String email, Role role, String tokenHash, Long invitedBy, Instant at, Instant expires) {
        db.sql("""
                INSERT INTO staff_invite (email, role, token_hash, invited_by, created_at, expires_at)
                VALUES (:email, :role, :hash, :by, :at, :expires)
                """).param("email", email).param("role", role.name()).param("hash", tokenHash).param("by", invitedBy)
                .param("at", ts(at)).param("expires", ts(expires)).update();
    }

    Optional<Invite> liveInvite(String tokenHash, Instant now) {
        return db.sql("""
                SELECT id, email, role, created_at, expires_at FROM staff_invite
                WHERE token_hash = :hash AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                """).param("hash", tokenHash).param("now", ts(now)).query((rs, n) -> invite(rs)).optional();
    }

    List<Invite> pendingInvites(Instant now) {
        return db.sql("""
                SELECT id, email, role, created_at, expires_at FROM staff_invite
                WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now ORDER BY created_at DESC
                """).param("now", ts(now)).query((rs, n) -> invite(rs)).list();
    }

    /** Spends the invitation; true only for the one caller that spent it. */
    boolean acceptInvite(long id, Instant at) {
        return db.sql("UPDATE staff_invite SET accepted_at = :at WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL")
                .param("id", id).param("at", ts(at)).update() == 1;
    }

    boolean revokeInvite(long id, Instant at) {
        return db.sql("UPDATE staff_invite SET revoked_at = :at WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL")
                .param("id", id).param("at", ts(at)).update() == 1;
    }

    /** Earlier open invitations to the same address stop working when a new one is sent. */
    void revokeOpenInvites(String email, Instant at) {
        db.sql("UPDATE staff_invite SET revoked_at = :at WHERE email = :email AND accepted_at IS NULL AND revoked_at IS NULL")
                .param("email", email).param("at", ts(at)).update();
    }

    void insertReset(long userId, String tokenHash, Instant at, Instant expires) {
        db.sql("UPDATE staff_password_reset SET used_at = :at WHERE user_id = :user AND used_at IS NULL")
                .param("user", userId).param("at", ts(at)).update();
        db.sql("""
                INSERT INTO staff_password_reset (user_id, token_hash, created_at, expires_at)
                VALUES (:user, :hash, :at, :expires)
                """).param("user", userId).param("hash", tokenHash).param("at", ts(at)).param("expires", ts(expires)).update();
    }

    Optional<Long> liveReset(String tokenHash, Instant now) {
        return db.sql("""
                SELECT user_id FROM staff_password_reset WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                """).param("hash", tokenHash).param("now", ts(now)).query(Long.class).optional();
    }

    boolean useReset(String tokenHash, Instant at) {
        return db.sql("UPDATE staff_password_reset SET used_at = :at WHERE token_hash = :hash AND used_at IS NULL")
                .param("hash", tokenHash).param("at", ts(at)).update() == 1;
    }

    private static Invite invite(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Invite(rs.getLong("id"), rs.getString("email"), Role.valueOf(rs.getString("role")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }
}
