package org.masthead.members;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The consent ledger and its wordings ({@code members_consent}, {@code members_consent_wording}). */
@Repository
class ConsentRepository {

    private static final String RECORD = """
            SELECT c.id, c.member_id, c.purpose, c.granted, c.recorded_at, c.source, c.wording_id, w.version
            FROM members_consent c JOIN members_consent_wording w ON w.id = c.wording_id
            """;

    private final JdbcClient db;

    ConsentRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<ConsentWording> currentWording(String purpose) {
        return db.sql("""
                SELECT id, purpose, version, wording FROM members_consent_wording WHERE purpose = :purpose
                ORDER BY version DESC LIMIT 1
                """).param("purpose", purpose).query(ConsentRepository::wording).optional();
    }

    Optional<ConsentWording> wording(long id) {
        return db.sql("SELECT id, purpose, version, wording FROM members_consent_wording WHERE id = :id")
                .param("id", id).query(ConsentRepository::wording).optional();
    }

    /** Every version of every purpose, purposes in order, newest version first. */
    List<ConsentWording> wordings() {
        return db.sql("SELECT id, purpose, version, wording FROM members_consent_wording ORDER BY purpose, version DESC")
                .query(ConsentRepository::wording).list();
    }

    /** Adds the next version; two admins saving at once collide on the unique index, and one is told to retry. */
    ConsentWording addWording(String purpose, String text, Instant at) {
        int version = db.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM members_consent_wording WHERE purpose = :purpose")
                .param("purpose", purpose).query(Integer.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO members_consent_wording (purpose, version, wording, created_at)
                VALUES (:purpose, :version, :text, :at)
                """).param("purpose", purpose).param("version", version).param("text", text).param("at", ts(at))
                .update(keys, "id");
        return new ConsentWording(keys.getKey().longValue(), purpose, version, text);
    }

    void insert(long memberId, String purpose, boolean granted, String source, long wordingId, Instant at) {
        db.sql("""
                INSERT INTO members_consent (member_id, purpose, granted, recorded_at, source, wording_id)
                VALUES (:member, :purpose, :granted, :at, :source, :wording)
                """).param("member", memberId).param("purpose", purpose).param("granted", granted).param("at", ts(at))
                .param("source", source).param("wording", wordingId).update();
    }

    /** The member's latest record for the purpose: later time first, then the later insert. */
    Optional<Boolean> latest(long memberId, String purpose) {
        return db.sql("""
                SELECT granted FROM members_consent WHERE member_id = :member AND purpose = :purpose
                ORDER BY recorded_at DESC, id DESC LIMIT 1
                """).param("member", memberId).param("purpose", purpose).query(Boolean.class).optional();
    }

    /** Whose latest record for the purpose is a grant: no later record (by time, then insert) exists. */
    private static final String LATEST_GRANT = """
            SELECT c.member_id FROM members_consent c
            WHERE c.purpose = :purpose AND c.granted = TRUE AND %s
              AND NOT EXISTS (SELECT 1 FROM members_consent d WHERE d.member_id = c.member_id AND d.purpose = c.purpose
                              AND (d.recorded_at > c.recorded_at OR (d.recorded_at = c.recorded_at AND d.id > c.id)))
            """;

    Set<Long> grantedAmong(String purpose, Collection<Long> memberIds) {
        return new HashSet<>(db.sql(LATEST_GRANT.formatted("c.member_id IN (:ids)"))
                .param("purpose", purpose).param("ids", memberIds).query(Long.class).list());
    }

    long countGranted(String purpose) {
        return db.sql("SELECT COUNT(*) FROM (" + LATEST_GRANT.formatted("1 = 1") + ") g").param("purpose", purpose)
                .query(Long.class).single();
    }

    List<Long> grantedAfter(String purpose, long afterId, int limit) {
        return db.sql(LATEST_GRANT.formatted("c.member_id > :after") + " ORDER BY c.member_id LIMIT :limit")
                .param("purpose", purpose).param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    List<ConsentRecord> history(long memberId) {
        return db.sql(RECORD + " WHERE c.member_id = :member ORDER BY c.recorded_at DESC, c.id DESC")
                .param("member", memberId).query(ConsentRepository::record).list();
    }

    /** Streams the whole ledger with each member's current address (null once deleted), oldest first. */
    void each(RowCallbackHandler handler) {
        db.sql("""
                SELECT c.id, c.member_id, m.email, c.purpose, c.granted, c.recorded_at, c.source, c.wording_id, w.version
                FROM members_consent c JOIN members_consent_wording w ON w.id = c.wording_id
                JOIN members_member m ON m.id = c.member_id ORDER BY c.id
                """).query(handler);
    }

    static ConsentRecord record(ResultSet rs, int n) throws SQLException {
        return new ConsentRecord(rs.getLong("id"), rs.getLong("member_id"), rs.getString("purpose"),
                rs.getBoolean("granted"), instant(rs, "recorded_at"), rs.getString("source"), rs.getLong("wording_id"),
                rs.getInt("version"));
    }

    private static ConsentWording wording(ResultSet rs, int n) throws SQLException {
        return new ConsentWording(rs.getLong("id"), rs.getString("purpose"), rs.getInt("version"), rs.getString("wording"));
    }
}
