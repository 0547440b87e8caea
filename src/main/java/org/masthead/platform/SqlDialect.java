package org.masthead.platform;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;

/**
 * Which database this node talks to, for the rare statement that cannot be written once for H2 (PostgreSQL
 * mode) and PostgreSQL — an upsert that adds, say: H2 rejects {@code ON CONFLICT … DO UPDATE}, and
 * PostgreSQL's {@code MERGE} fails with a duplicate key when another node inserts the same row meanwhile.
 * Asked once, from the driver's metadata. Callers keep both statements side by side and {@link #pick} one.
 */
@Component
public class SqlDialect {

    public enum Database { H2, POSTGRESQL }

    private final Database database;

    SqlDialect(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.database = switch (product) {
            case "H2" -> Database.H2;
            case "PostgreSQL" -> Database.POSTGRESQL;
            default -> throw new IllegalStateException("Masthead runs on H2 or PostgreSQL, not " + product);
        };
    }

    public Database database() {
        return database;
    }

    /** {@code h2} on H2, {@code postgres} on PostgreSQL. */
    public <T> T pick(T h2, T postgres) {
        return database == Database.H2 ? h2 : postgres;
    }
}
