package org.masthead;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Database connections taken by request threads (Tomcat's {@code http-nio-*}), so a test can show that serving
 * a request touched no database: every statement outside a transaction takes a connection, so none taken means
 * none run. Background work (jobs, the change feed) runs on other threads and is not counted.
 */
public final class RequestConnections {

    private static final AtomicLong TAKEN = new AtomicLong();

    private RequestConnections() {
    }

    public static long taken() {
        return TAKEN.get();
    }

    static DataSource counting(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                count();
                return super.getConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                count();
                return super.getConnection(username, password);
            }
        };
    }

    private static void count() {
        if (Thread.currentThread().getName().startsWith("http-nio-")) {
            TAKEN.incrementAndGet();
        }
    }
}
