package org.masthead.importer;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo newsroom a newcomer sees: enough sections, bylines and varied, readable articles. */
@H2IntegrationTest
class DemoNewsroomTests {

    @Autowired JdbcClient db;

    private long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    @Test
    void hasNewslettersToSignUpTo() {
        assertThat(count("SELECT COUNT(*) FROM newsletter_list WHERE cadence = 'DAILY' AND archived_at IS NULL")).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM newsletter_list WHERE cadence = 'MANUAL' AND kind = 'NEWS'")).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM newsletter_list WHERE kind = 'OFFERS'")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void hasSectionsDesksAndPeople() {
        assertThat(count("SELECT COUNT(*) FROM content_section")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM content_section WHERE parent_id IS NOT NULL")).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM content_author WHERE kind = 'DESK'")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM content_author WHERE kind = 'PERSON'")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void hasSixtyPublishedArticlesOverThirtyDaysWithAMixOfAccessLevels() {
        record Row(String headline, String standfirst, String body, String access, OffsetDateTime published,
                   Long lead, String caption, String credit, String dateline) { }
        List<Row> demo = db.sql("""
                SELECT headline, standfirst, body_html, access_level, first_published_at, lead_media_id, lead_caption,
                       lead_credit, dateline FROM content_article WHERE lead_credit = 'Illustration: Herald Graphics'
                """).query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9))).list();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(60);
        assertThat(demo.stream().filter(r -> r.access().equals("METERED"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(demo.stream().filter(r -> r.access().equals("PREMIUM"))).hasSizeGreaterThanOrEqualTo(3);
        Instant now = Instant.now();
        assertThat(demo).allSatisfy(r -> assertThat(r.published().toInstant()).isBetween(now.minus(31, ChronoUnit.DAYS), now));
        assertThat(demo.stream().filter(r -> r.published().toInstant().isAfter(now.minus(2, ChronoUnit.DAYS)))).hasSizeGreaterThan(5);
        assertThat(new HashSet<>(demo.stream().map(Row::headline).toList())).hasSize(demo.size());
        assertThat(new HashSet<>(demo.stream().map(Row::standfirst).toList())).hasSize(demo.size());
        assertThat(demo).allSatisfy(r -> {
            assertThat(Jsoup.parse(r.body()).select("p")).hasSizeGreaterThanOrEqualTo(4);
            assertThat(r.body().toLowerCase()).doesNotContain("lorem");
            assertThat(r.lead()).isPositive();
            assertThat(r.caption()).isNotBlank();
            assertThat(r.dateline()).isNotBlank();
        });
    }

    @Test
    void someArticlesWereUpdatedWithCorrectionsAndSomeLinkToOthers() {
        assertThat(count("SELECT COUNT(*) FROM content_correction")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM content_article WHERE updated_at IS NOT NULL")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(DISTINCT article_id) FROM content_article_link")).isGreaterThanOrEqualTo(10);
    }
}
