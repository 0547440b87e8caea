package org.masthead.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The {@code newsletter_signup} table: addresses waiting for their confirmation link to be followed. */
@Repository
class SignupRepository {

    /** A sign-up; {@code confirmedAt} is null until its link is followed. */
    record Row(long id, long listId, String email, long wordingId, Instant expiresAt, Instant confirmedAt) { }

    private final JdbcClient db;

    SignupRepository(JdbcClient db) {
        this.db = db;
    }

    void insert(long listId, String email, String tokenHash, long wordingId, Instant at, Instant expiresAt) {
        db.sql("""
                INSERT INTO newsletter_signup (list_id, email, token_hash, wording_id, created_at, expires_at)
                VALUES (:list, :email, :hash, :wording, :at, :expires)
                """).param("list", listId).param("email", email).param("hash", tokenHash).param("wording", wordingId)
                .param("at", ts(at)).param("expires", ts(expiresAt)).update();
    }

    Optional<Row> find(String tokenHash) {
        return db.sql("""
                SELECT id, list_id, email, wording_id, expires_at, confirmed_at FROM newsletter_signup
                WHERE token_hash = :hash
                """).param("hash", tokenHash).query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("list_id"),
                rs.getString("email"), rs.getLong("wording_id"), instant(rs, "expires_at"),
                instant(rs, "confirmed_at"))).optional();
    }

    /** Marks the sign-up used, once, while it is valid: false when another request used it first or it expired. */
    boolean confirm(long id, Instant at) {
        return db.sql("""
                UPDATE newsletter_signup SET confirmed_at = :at
                WHERE id = :id AND confirmed_at IS NULL AND expires_at > :at
                """).param("id", id).param("at", ts(at)).update() == 1;
    }

    /** Sign-ups past their link's lifetime, confirmed or not: the link no longer works, the address is not kept. */
    int deleteExpired(Instant now) {
        return db.sql("DELETE FROM newsletter_signup WHERE expires_at <= :now").param("now", ts(now)).update();
    }

    void deleteFor(String email) {
        db.sql("DELETE FROM newsletter_signup WHERE email = :email").param("email", email).update();
    }
}
