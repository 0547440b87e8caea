package org.masthead.content;

import org.masthead.platform.JdbcTimes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column helpers shared by this module's repositories. */
final class Db {
    private Db() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return JdbcTimes.instant(rs, column);
    }

    static OffsetDateTime ts(Instant i) {
        return JdbcTimes.ts(i);
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
