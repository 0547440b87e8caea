package org.masthead.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
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

/** The {@code newsletter_suppression} table: one row per normalised address. */
@Repository
class SuppressionRepository {

    private static final String COLUMNS = "id, address, reason, detail, created_at, created_by, lifted_at, lifted_by";

    private final JdbcClient db;

    SuppressionRepository(JdbcClient db) {
        this.db = db;
    }

    /**
     * Suppresses the address: a new row, or a lifted one made active again. An address already suppressed keeps
     * its first reason (the one an admin must weigh before lifting it); returns false then.
     */
    boolean suppress(String address, Suppression.Reason reason, String detail, Long staffId, Instant at) {
        int added = db.sql("""
                INSERT INTO newsletter_suppression (address, reason, detail, created_at, created_by)
                VALUES (:address, :reason, :detail, :at, :staff) ON CONFLICT DO NOTHING
                """).param("address", address).param("reason", reason.name()).param("detail", detail)
                .param("at", ts(at)).param("staff", staffId).update();
        return added == 1 || db.sql("""
                UPDATE newsletter_suppression SET reason = :reason, detail = :detail, created_at = :at,
                    created_by = :staff, lifted_at = NULL, lifted_by = NULL
                WHERE address = :address AND lifted_at IS NOT NULL
                """).param("address", address).param("reason", reason.name()).param("detail", detail)
                .param("at", ts(at)).param("staff", staffId).update() == 1;
    }

    boolean lift(long id, long staffId, Instant at) {
        return db.sql("UPDATE newsletter_suppression SET lifted_at = :at, lifted_by = :staff WHERE id = :id AND lifted_at IS NULL")
                .param("id", id).param("staff", staffId).param("at", ts(at)).update() == 1;
    }

    Optional<Suppression> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM newsletter_suppression WHERE id = :id").param("id", id)
                .query(SuppressionRepository::row).optional();
    }

    /** Which of these normalised addresses are suppressed now. */
    Set<String> activeAmong(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.sql("SELECT address FROM newsletter_suppression WHERE lifted_at IS NULL AND address IN (:a)")
                .param("a", addresses).query(String.class).list());
    }

    /** Addresses containing {@code part} (all when blank), active ones first, newest first. */
    List<Suppression> search(String part, int limit) {
        String pattern = "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.sql("SELECT " + COLUMNS + """
                 FROM newsletter_suppression WHERE address LIKE :pattern
                ORDER BY CASE WHEN lifted_at IS NULL THEN 0 ELSE 1 END, created_at DESC, id DESC LIMIT :limit
                """).param("pattern", pattern).param("limit", limit).query(SuppressionRepository::row).list();
    }

    private static Suppression row(ResultSet rs, int n) throws SQLException {
        return new Suppression(rs.getLong("id"), rs.getString("address"),
                Suppression.Reason.valueOf(rs.getString("reason")), rs.getString("detail"), instant(rs, "created_at"),
                rs.getObject("created_by", Long.class), instant(rs, "lifted_at"), rs.getObject("lifted_by", Long.class));
    }
}
