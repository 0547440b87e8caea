package org.masthead.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.masthead.platform.JdbcTimes.ts;

/** The {@code newsletter_list} and {@code newsletter_list_section} tables. */
@Repository
class NewsletterListRepository {

    private static final String COLUMNS = """
            id, slug, name, description, kind, cadence, send_time, send_day, sender_name, sender_address, reply_to,
            audience, archived_at""";

    private final JdbcClient db;

    NewsletterListRepository(JdbcClient db) {
        this.db = db;
    }

    /** Every list, archived ones last, then in the order staff gave them. */
    List<NewsletterList> all() {
        return withSections(db.sql("SELECT " + COLUMNS + """
                 FROM newsletter_list ORDER BY CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END, position, id
                """).query(NewsletterListRepository::row).list());
    }

    Optional<NewsletterList> find(long id) {
        return withSections(db.sql("SELECT " + COLUMNS + " FROM newsletter_list WHERE id = :id")
                .param("id", id).query(NewsletterListRepository::row).list()).stream().findFirst();
    }

    Optional<NewsletterList> bySlug(String slug) {
        return withSections(db.sql("SELECT " + COLUMNS + " FROM newsletter_list WHERE slug = :slug")
                .param("slug", slug).query(NewsletterListRepository::row).list()).stream().findFirst();
    }

    /** A new list, last in order; a taken slug throws DuplicateKeyException. */
    long insert(SaveList l, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO newsletter_list (slug, name, description, kind, cadence, send_time, send_day, sender_name,
                    sender_address, reply_to, audience, position, created_at, updated_at)
                VALUES (:slug, :name, :description, :kind, :cadence, :sendTime, :sendDay, :senderName, :senderAddress,
                    :replyTo, :audience, (SELECT COALESCE(MAX(position), 0) + 1 FROM newsletter_list), :at, :at)
                """).params(params(l)).param("at", ts(at)).update(keys, "id");
        long id = keys.getKey().longValue();
        replaceSections(id, l.sectionIds());
        return id;
    }

    /** Changes a list; false when there is none. A taken slug throws DuplicateKeyException. */
    boolean update(long id, SaveList l, Instant at) {
        int n = db.sql("""
                UPDATE newsletter_list SET slug = :slug, name = :name, description = :description, kind = :kind,
                    cadence = :cadence, send_time = :sendTime, send_day = :sendDay, sender_name = :senderName,
                    sender_address = :senderAddress, reply_to = :replyTo, audience = :audience, updated_at = :at
                WHERE id = :id
                """).params(params(l)).param("id", id).param("at", ts(at)).update();
        if (n > 0) {
            replaceSections(id, l.sectionIds());
        }
        return n > 0;
    }

    void archive(long id, Instant at) {
        db.sql("UPDATE newsletter_list SET archived_at = :at, updated_at = :at WHERE id = :id AND archived_at IS NULL")
                .param("id", id).param("at", ts(at)).update();
    }

    private void replaceSections(long listId, List<Long> sectionIds) {
        db.sql("DELETE FROM newsletter_list_section WHERE list_id = :id").param("id", listId).update();
        for (Long s : sectionIds) {
            db.sql("INSERT INTO newsletter_list_section (list_id, section_id) VALUES (:id, :section)")
                    .param("id", listId).param("section", s).update();
        }
    }

    private static Map<String, Object> params(SaveList l) {
        Map<String, Object> p = new HashMap<>();
        p.put("slug", l.slug());
        p.put("name", l.name());
        p.put("description", l.description());
        p.put("kind", l.kind().name());
        p.put("cadence", l.cadence().name());
        p.put("sendTime", l.sendTime());
        p.put("sendDay", l.sendDay() == null ? null : l.sendDay().name());
        p.put("senderName", l.senderName());
        p.put("senderAddress", l.senderAddress());
        p.put("replyTo", l.replyTo());
        p.put("audience", l.audience().name());
        return p;
    }

    /** Fills in the sections of these lists with one query. */
    private List<NewsletterList> withSections(List<NewsletterList> lists) {
        if (lists.isEmpty()) {
            return lists;
        }
        Map<Long, List<Long>> sections = new HashMap<>();
        db.sql("SELECT list_id, section_id FROM newsletter_list_section WHERE list_id IN (:ids) ORDER BY section_id")
                .param("ids", lists.stream().map(NewsletterList::id).toList())
                .query(rs -> {
                    sections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return lists.stream().map(l -> new NewsletterList(l.id(), l.slug(), l.name(), l.description(), l.kind(),
                l.cadence(), l.sendTime(), l.sendDay(), l.senderName(), l.senderAddress(), l.replyTo(), l.audience(),
                List.copyOf(sections.getOrDefault(l.id(), List.of())), l.archived())).toList();
    }

    private static NewsletterList row(ResultSet rs, int n) throws SQLException {
        String day = rs.getString("send_day");
        return new NewsletterList(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                rs.getString("description"), ListKind.valueOf(rs.getString("kind")),
                Cadence.valueOf(rs.getString("cadence")), rs.getObject("send_time", LocalTime.class),
                day == null ? null : DayOfWeek.valueOf(day), rs.getString("sender_name"),
                rs.getString("sender_address"), rs.getString("reply_to"), Audience.valueOf(rs.getString("audience")),
                List.of(), rs.getTimestamp("archived_at") != null);
    }
}
