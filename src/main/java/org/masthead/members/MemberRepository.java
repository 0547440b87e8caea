package org.masthead.members;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The {@code members_member} table. Deleted members (emptied rows) are never returned. */
@Repository
class MemberRepository {

    /** A member with the password hash, which never leaves the module. */
    record Row(long id, String email, String displayName, String passwordHash, Instant createdAt, Instant deletionDueAt) {
        Member member() {
            return new Member(id, email, displayName, passwordHash != null, createdAt, deletionDueAt);
        }
    }

    private static final String COLUMNS = "id, email, display_name, password_hash, created_at, deletion_due_at";

    private final JdbcClient db;

    MemberRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Row> byEmail(String email) {
        return db.sql("SELECT " + COLUMNS + " FROM members_member WHERE email = :email AND deleted_at IS NULL")
                .param("email", email).query(MemberRepository::row).optional();
    }

    Optional<Row> byId(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM members_member WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).query(MemberRepository::row).optional();
    }

    /** Inserts a member whose address was just proven; a taken address throws DuplicateKeyException. */
    long insert(String email, String displayName, String passwordHash, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO members_member (email, display_name, password_hash, created_at, email_verified_at)
                VALUES (:email, :name, :hash, :at, :at)
                """).param("email", email).param("name", displayName).param("hash", passwordHash).param("at", ts(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The addresses of those of these members who exist, in one query. */
    Map<Long, String> emails(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        db.sql("SELECT id, email FROM members_member WHERE id IN (:ids) AND deleted_at IS NULL")
                .param("ids", ids).query(rs -> {
                    out.put(rs.getLong("id"), rs.getString("email"));
                });
        return out;
    }

    void rename(long id, String displayName) {
        db.sql("UPDATE members_member SET display_name = :name WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).param("name", displayName).update();
    }

    void setPassword(long id, String hash) {
        db.sql("UPDATE members_member SET password_hash = :hash WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).param("hash", hash).update();
    }

    /** A taken address throws DuplicateKeyException. */
    void changeEmail(long id, String email, Instant at) {
        db.sql("UPDATE members_member SET email = :email, email_verified_at = :at WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).param("email", email).param("at", ts(at)).update();
    }

    void scheduleDeletion(long id, Instant due) {
        db.sql("UPDATE members_member SET deletion_due_at = :due WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).param("due", ts(due)).update();
    }

    void cancelDeletion(long id) {
        db.sql("UPDATE members_member SET deletion_due_at = NULL WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).update();
    }

    List<Long> dueForDeletion(Instant now, int limit) {
        return db.sql("""
                SELECT id FROM members_member WHERE deletion_due_at <= :now AND deleted_at IS NULL
                ORDER BY deletion_due_at LIMIT :limit
                """).param("now", ts(now)).param("limit", limit).query(Long.class).list();
    }

    /** Empties every personal column; true only for the one caller that did it (and only once it is due). */
    boolean anonymize(long id, Instant at) {
        return db.sql("""
                UPDATE members_member SET email = NULL, display_name = '', password_hash = NULL,
                    email_verified_at = NULL, deleted_at = :at
                WHERE id = :id AND deleted_at IS NULL AND deletion_due_at <= :at
                """).param("id", id).param("at", ts(at)).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), instant(rs, "created_at"), instant(rs, "deletion_due_at"));
    }
}
