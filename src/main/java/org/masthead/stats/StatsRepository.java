package org.masthead.stats;

import org.masthead.platform.SqlDialect;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The hourly view counts ({@code stats_article_hour}). */
@Repository
class StatsRepository {

    /**
     * PostgreSQL: adds to the row, or inserts it, atomically even when another node inserts the same row at
     * the same moment (MERGE would fail there with a duplicate key).
     */
    private static final String ADD_POSTGRES = """
            INSERT INTO stats_article_hour (article_id, hour_start, views) VALUES (:article, :hour, :views)
            ON CONFLICT (article_id, hour_start) DO UPDATE SET views = stats_article_hour.views + EXCLUDED.views
            """;
    /** H2 has no ON CONFLICT … DO UPDATE; its database lives inside one node, so MERGE cannot race there. */
    private static final String ADD_H2 = """
            MERGE INTO stats_article_hour t
            USING (VALUES (CAST(:article AS BIGINT), CAST(:hour AS TIMESTAMP WITH TIME ZONE), CAST(:views AS BIGINT)))
                AS s (article_id, hour_start, views)
            ON t.article_id = s.article_id AND t.hour_start = s.hour_start
            WHEN MATCHED THEN UPDATE SET views = t.views + s.views
            WHEN NOT MATCHED THEN INSERT (article_id, hour_start, views) VALUES (s.article_id, s.hour_start, s.views)
            """;

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;
    private final String add;

    StatsRepository(JdbcClient db, NamedParameterJdbcTemplate batch, SqlDialect dialect) {
        this.db = db;
        this.batch = batch;
        this.add = dialect.pick(ADD_H2, ADD_POSTGRES);
    }

    /** Adds each row's views to its (article, hour) row: one statement executed as one JDBC batch. */
    void add(List<ViewCounter.Pending> rows) {
        SqlParameterSource[] params = rows.stream().map(p -> new MapSqlParameterSource()
                .addValue("article", p.articleId()).addValue("hour", ts(p.hour())).addValue("views", p.views()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate(add, params);
    }

    List<ArticleViews> mostRead(Instant since, int limit) {
        return db.sql("""
                SELECT article_id, SUM(views) AS views FROM stats_article_hour WHERE hour_start >= :since
                GROUP BY article_id ORDER BY views DESC, article_id DESC LIMIT :limit
                """).param("since", ts(since)).param("limit", limit)
                .query((rs, n) -> new ArticleViews(rs.getLong("article_id"), rs.getLong("views"))).list();
    }

    Map<Instant, Long> hourly(long articleId, Instant since) {
        return hours(db.sql("""
                SELECT hour_start, views FROM stats_article_hour
                WHERE article_id = :article AND hour_start >= :since
                """).param("article", articleId).param("since", ts(since)));
    }

    Map<Instant, Long> siteHourly(Instant since) {
        return hours(db.sql("""
                SELECT hour_start, SUM(views) AS views FROM stats_article_hour WHERE hour_start >= :since
                GROUP BY hour_start
                """).param("since", ts(since)));
    }

    int deleteBefore(Instant cutoff) {
        return db.sql("DELETE FROM stats_article_hour WHERE hour_start < :cutoff").param("cutoff", ts(cutoff)).update();
    }

    private static Map<Instant, Long> hours(JdbcClient.StatementSpec query) {
        Map<Instant, Long> out = new HashMap<>();
        query.query((rs, n) -> Map.entry(instant(rs, "hour_start"), rs.getLong("views"))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime ts(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
