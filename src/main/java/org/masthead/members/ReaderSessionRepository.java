package org.masthead.members;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The {@code members_session} table: reader sessions by the hash of their cookie's token. */
@Repository
class ReaderSessionRepository {

    /** A live session and the member it signs in. */
    record Live(long sessionId, long memberId, String displayName, Instant lastSeenAt) { }

    /** A session as the account page lists it. */
    record Listed(long id, String device, Instant createdAt, Instant lastSeenAt) { }

    private final JdbcClient db;

    ReaderSessionRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(long memberId, String tokenHash, String device, Instant at, Instant expires) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO members_session (member_id, token_hash, device, created_at, last_seen_at, expires_at)
                VALUES (:member, :hash, :device, :at, :at, :expires)
                """).param("member", memberId).param("hash", tokenHash).param("device", device).param("at", ts(at))
                .param("expires", ts(expires)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Live> live(String tokenHash, Instant now) {
        return db.sql("""
                SELECT s.id, s.member_id, m.display_name, s.last_seen_at FROM members_session s
                JOIN members_member m ON m.id = s.member_id
                WHERE s.token_hash = :hash AND s.expires_at > :now AND m.deleted_at IS NULL
                """).param("hash", tokenHash).param("now", ts(now))
                .query((rs, n) -> new Live(rs.getLong("id"), rs.getLong("member_id"), rs.getString("display_name"),
                        instant(rs, "last_seen_at"))).optional();
    }

    void touch(long id, Instant at, Instant expires) {
        db.sql("UPDATE members_session SET last_seen_at = :at, expires_at = :expires WHERE id = :id")
                .param("id", id).param("at", ts(at)).param("expires", ts(expires)).update();
    }

    List<Listed> list(long memberId, Instant now) {
        return db.sql("""
                SELECT id, device, created_at, last_seen_at FROM members_session
                WHERE member_id = :member AND expires_at > :now ORDER BY last_seen_at DESC, id DESC
                """).param("member", memberId).param("now", ts(now))
                .query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("device"), instant(rs, "created_at"),
                        instant(rs, "last_seen_at"))).list();
    }

    void delete(long id) {
        db.sql("DELETE FROM members_session WHERE id = :id").param("id", id).update();
    }

    /** Ends one session of this member; 0 when the id is not one of theirs. */
    int delete(long memberId, long id) {
        return db.sql("DELETE FROM members_session WHERE id = :id AND member_id = :member")
                .param("id", id).param("member", memberId).update();
    }

    void deleteAll(long memberId) {
        db.sql("DELETE FROM members_session WHERE member_id = :member").param("member", memberId).update();
    }

    void deleteAllBut(long memberId, long keep) {
        db.sql("DELETE FROM members_session WHERE member_id = :member AND id <> :keep")
                .param("member", memberId).param("keep", keep).update();
    }

    int prune(Instant now) {
        return db.sql("DELETE FROM members_session WHERE expires_at <= :now").param("now", ts(now)).update();
    }
}
