package org.masthead.members;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/** The {@code members_saved} table: one row per member and story. */
@Repository
class SavedRepository {

    record Row(long articleId, Instant savedAt) { }

    private final JdbcClient db;

    SavedRepository(JdbcClient db) {
        this.db = db;
    }

    /** Saves once; saving again keeps the first time. */
    void save(long memberId, long articleId, Instant at) {
        db.sql("""
                INSERT INTO members_saved (member_id, article_id, saved_at)
                SELECT :member, :article, :at WHERE NOT EXISTS
                    (SELECT 1 FROM members_saved WHERE member_id = :member AND article_id = :article)
                """).param("member", memberId).param("article", articleId).param("at", ts(at)).update();
    }

    void remove(long memberId, long articleId) {
        db.sql("DELETE FROM members_saved WHERE member_id = :member AND article_id = :article")
                .param("member", memberId).param("article", articleId).update();
    }

    void removeAll(long memberId) {
        db.sql("DELETE FROM members_saved WHERE member_id = :member").param("member", memberId).update();
    }

    /** Newest first; the later insert first when two share a time. */
    List<Row> newest(long memberId, int limit) {
        return db.sql("""
                SELECT article_id, saved_at FROM members_saved WHERE member_id = :member
                ORDER BY saved_at DESC, article_id DESC LIMIT :limit
                """).param("member", memberId).param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong("article_id"), instant(rs, "saved_at"))).list();
    }

    List<Long> all(long memberId) {
        return db.sql("SELECT article_id FROM members_saved WHERE member_id = :member").param("member", memberId)
                .query(Long.class).list();
    }
}
