package org.masthead.newsletter;

import org.masthead.MastheadApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole application in a JVM of its own, with a list of generated subscribers and one issue to send them: for
 * the kill test's child JVM ({@link SendUnderKill}) and the send benchmark ({@link NewsletterBench}). Subscribers are
 * written straight into the tables, a thousand rows a statement: signing 100 000 readers up one by one would take
 * longer than the send being measured.
 */
final class SendHarness {

    private static final int CHUNK = 1000;

    private SendHarness() {
    }

    static ConfigurableApplicationContext boot(String... args) {
        return SpringApplication.run(MastheadApplication.class, args);
    }

    /** {@code n} members {@code <prefix>-<i>@readers.example.org}, each subscribed to a new list; returns the list. */
    static NewsletterList listWithSubscribers(ConfigurableApplicationContext ctx, String prefix, int n) {
        NewsletterList list = ctx.getBean(NewsletterLists.class).create(new SaveList("Load " + prefix, prefix,
                "Generated subscribers.", ListKind.NEWS, Cadence.MANUAL, null, null, "The Herald", "news@example.org",
                null, Audience.EVERYONE, List.of()));
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        Timestamp now = Timestamp.from(ctx.getBean(Clock.class).instant());
        for (int from = 0; from < n; from += CHUNK) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + CHUNK); i++) {
                rows.add(new Object[] {address(prefix, i), "Reader " + i, now, now});
            }
            jdbc.batchUpdate("INSERT INTO members_member (email, display_name, created_at, email_verified_at) VALUES (?, ?, ?, ?)", rows);
        }
        jdbc.update("""
                INSERT INTO newsletter_subscription (list_id, member_id, subscribed, source, created_at, changed_at)
                SELECT ?, id, TRUE, 'generated', created_at, created_at FROM members_member WHERE email LIKE ?
                """, list.id(), prefix + "-%");
        return list;
    }

    /** An issue of the list whose variants are about the size of a real digest (some 20 KB of HTML). */
    static long digestSizedIssue(ConfigurableApplicationContext ctx, NewsletterList list) {
        StringBuilder html = new StringBuilder("<table role=\"presentation\" width=\"600\" style=\"max-width:600px\">");
        StringBuilder text = new StringBuilder();
        for (int story = 1; story <= 12; story++) {
            html.append("<tr><td style=\"padding:12px 0;border-bottom:1px solid #ddd\"><a href=\"https://news.example.org/world/")
                    .append(story).append("\" style=\"font:700 20px Georgia,serif;color:#1c1c1e\">Story number ").append(story)
                    .append(" of the day, with a headline of ordinary length</a><p style=\"font:16px/1.5 Georgia,serif\">")
                    .append("A standfirst of two sentences that says what happened and why it matters to readers. ".repeat(12))
                    .append("</p></td></tr>");
            text.append("Story number ").append(story).append(" of the day\nhttps://news.example.org/world/").append(story)
                    .append("\n").append("A standfirst that says what happened. ".repeat(6)).append("\n\n");
        }
        html.append("<tr><td><a href=\"").append(IssueContent.UNSUBSCRIBE_URL).append("\">Unsubscribe</a> · <a href=\"")
                .append(IssueContent.MANAGE_URL).append("\">Manage</a></td></tr></table>");
        text.append("Unsubscribe: ").append(IssueContent.UNSUBSCRIBE_URL).append("\nManage: ").append(IssueContent.MANAGE_URL);
        IssueContent issue = new IssueContent(0, list.id(), "CUSTOM", null, "The day in twelve stories", "Twelve stories",
                html.toString(), text.toString(), html.toString(), text.toString(), Instant.now());
        return ctx.getBean(IssueRepository.class).insert(issue, List.of(), null, null, null);
    }

    static String address(String prefix, int i) {
        return prefix + "-" + i + "@readers.example.org";
    }

    /** The send's state and its deliveries by outcome, read straight from the tables. */
    static String state(ConfigurableApplicationContext ctx, long sendId) {
        return ctx.getBean(JdbcClient.class).sql("SELECT state FROM newsletter_send WHERE id = :id").param("id", sendId)
                .query(String.class).single();
    }
}
