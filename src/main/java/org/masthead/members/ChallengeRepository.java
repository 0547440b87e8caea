package org.masthead.members;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The {@code members_challenge} table. Spending and trying are guarded updates, so each happens once. */
@Repository
class ChallengeRepository {

    private static final String COLUMNS = """
            id, kind, email, member_id, code_hash, display_name, password_hash, offers_wording_id, next_path,
            expires_at, tries, used_at""";

    private final JdbcClient db;

    ChallengeRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(Challenge.Kind kind, String email, Long memberId, String codeHash, String linkHash,
                Challenge.Details details, String next, Instant at, Instant expires) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO members_challenge (kind, email, member_id, code_hash, link_hash, display_name, password_hash,
                    offers_wording_id, next_path, created_at, expires_at, tries)
                VALUES (:kind, :email, :member, :code, :link, :name, :password, :wording, :next, :at, :expires, 0)
                """).param("kind", kind.name()).param("email", email).param("member", memberId).param("code", codeHash)
                .param("link", linkHash).param("name", details.displayName()).param("password", details.passwordHash())
                .param("wording", details.offersWordingId()).param("next", next).param("at", ts(at))
                .param("expires", ts(expires)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The code hash is set once the id is known, since the code is bound to its challenge. */
    void setCode(long id, String codeHash) {
        db.sql("UPDATE members_challenge SET code_hash = :code WHERE id = :id").param("id", id).param("code", codeHash).update();
    }

    Optional<Challenge> byId(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM members_challenge WHERE id = :id").param("id", id)
                .query(ChallengeRepository::row).optional();
    }

    Optional<Challenge> byLink(String linkHash) {
        return db.sql("SELECT " + COLUMNS + " FROM members_challenge WHERE link_hash = :link").param("link", linkHash)
                .query(ChallengeRepository::row).optional();
    }

    /** Counts a try; false when the code has no tries left, was used, or expired meanwhile. */
    boolean tryCode(long id, int maxTries, Instant now) {
        return db.sql("""
                UPDATE members_challenge SET tries = tries + 1
                WHERE id = :id AND used_at IS NULL AND tries < :max AND expires_at > :now
                """).param("id", id).param("max", maxTries).param("now", ts(now)).update() == 1;
    }

    /** Spends the challenge; true only for the one caller that spent it, and only while it is live. */
    boolean spend(long id, Instant now) {
        return db.sql("UPDATE members_challenge SET used_at = :now WHERE id = :id AND used_at IS NULL AND expires_at > :now")
                .param("id", id).param("now", ts(now)).update() == 1;
    }

    void deleteFor(long memberId) {
        db.sql("DELETE FROM members_challenge WHERE member_id = :member").param("member", memberId).update();
    }

    int prune(Instant before) {
        return db.sql("DELETE FROM members_challenge WHERE expires_at < :before").param("before", ts(before)).update();
    }

    private static Challenge row(ResultSet rs, int n) throws SQLException {
        long member = rs.getLong("member_id");
        Long memberId = rs.wasNull() ? null : member;
        long wording = rs.getLong("offers_wording_id");
        Long wordingId = rs.wasNull() ? null : wording;
        return new Challenge(rs.getLong("id"), Challenge.Kind.valueOf(rs.getString("kind")), rs.getString("email"),
                memberId, rs.getString("code_hash"), rs.getString("display_name"), rs.getString("password_hash"),
                wordingId, rs.getString("next_path"), instant(rs, "expires_at"), rs.getInt("tries"),
                instant(rs, "used_at"));
    }
}
