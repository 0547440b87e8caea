package org.masthead.paywall;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.masthead.platform.JdbcTimes.instant;
import static org.masthead.platform.JdbcTimes.ts;

/**
 * Signed-in readers' meters: one row per member, month and article read. Inserts never fail on a row that is
 * already there ({@code ON CONFLICT DO NOTHING}, which H2 takes in PostgreSQL mode), so two nodes counting the same
 * first read at once leave one row and agree.
 */
@Repository
class MeterRepository {

    private final JdbcClient db;

    MeterRepository(JdbcClient db) {
        this.db = db;
    }

    Set<Long> reads(long memberId, int month) {
        return new HashSet<>(db.sql("""
                SELECT article_id FROM paywall_meter_read WHERE member_id = :member AND read_month = :month
                """).param("member", memberId).param("month", month).query(Long.class).list());
    }

    /** True when the row was new. */
    boolean add(long memberId, int month, long articleId, Instant at) {
        return db.sql("""
                INSERT INTO paywall_meter_read (member_id, read_month, article_id, read_at)
                VALUES (:member, :month, :article, :at) ON CONFLICT DO NOTHING
                """).param("member", memberId).param("month", month).param("article", articleId).param("at", ts(at))
                .update() == 1;
    }

    /** One member's reads, newest month first: for their data download. */
    List<Read> all(long memberId) {
        return db.sql("""
                SELECT read_month, article_id, read_at FROM paywall_meter_read WHERE member_id = :member
                ORDER BY read_month DESC, read_at
                """).param("member", memberId)
                .query((rs, n) -> new Read(rs.getInt("read_month"), rs.getLong("article_id"), instant(rs, "read_at"))).list();
    }

    record Read(int month, long articleId, Instant at) { }

    int deleteMember(long memberId) {
        return db.sql("DELETE FROM paywall_meter_read WHERE member_id = :member").param("member", memberId).update();
    }

    int deleteBefore(int month) {
        return db.sql("DELETE FROM paywall_meter_read WHERE read_month < :month").param("month", month).update();
    }
}
