package org.masthead.newsletter;

import org.masthead.content.ArticleSummary;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Lists and issues for tests, made through the module's own services and tables. */
public final class NewsletterFixtures {

    private NewsletterFixtures() {
    }

    /** A manual news list anyone may subscribe to, with a name no other test uses. */
    public static NewsletterList manualList(ApplicationContext ctx, String name) {
        return list(ctx, name, Cadence.MANUAL, null, null, List.of());
    }

    /** A daily digest at {@code at} (the publication's time zone) of these sections. */
    public static NewsletterList dailyDigest(ApplicationContext ctx, String name, LocalTime at, List<Long> sectionIds) {
        return list(ctx, name, Cadence.DAILY, at, null, sectionIds);
    }

    public static NewsletterList list(ApplicationContext ctx, String name, Cadence cadence, LocalTime at,
                                      DayOfWeek day, List<Long> sectionIds) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        return ctx.getBean(NewsletterLists.class).create(new SaveList(unique,
                unique.toLowerCase().replaceAll("[^a-z0-9]+", "-"), "What " + name + " brings you.", ListKind.NEWS,
                cadence, at, day, "The Test Herald", "newsletters@example.org", null, Audience.EVERYONE, sectionIds));
    }

    /** The whole-text HTML of a digest of {@code articles}, as the schedule would render it (for looking at it). */
    public static String digestHtml(ApplicationContext ctx, NewsletterList list, List<ArticleSummary> articles) {
        return ctx.getBean(IssueBuilder.class).digest(list, articles, null).htmlFull();
    }

    /**
     * A custom issue of {@code list}, as the composer would store it: the whole-text and excerpt variants
     * differ by {@code marker}, and every part carries the recipient's link placeholders (filled in with
     * {@code replace}, not {@code formatted}, which would halve their {@code %%}).
     */
    public static long issue(ApplicationContext ctx, NewsletterList list, String subject, String marker) {
        String html = "<p>%s</p><p><a href=\"" + IssueContent.UNSUBSCRIBE_URL + "\">Unsubscribe</a> · <a href=\""
                + IssueContent.MANAGE_URL + "\">Manage your newsletters</a></p>";
        String text = "%s\n\nUnsubscribe: " + IssueContent.UNSUBSCRIBE_URL + "\nManage: " + IssueContent.MANAGE_URL + "\n";
        IssueContent c = new IssueContent(0, list.id(), "CUSTOM", null, subject, "A test issue",
                html.replace("%s", "Whole text " + marker), text.replace("%s", "Whole text " + marker),
                html.replace("%s", "Excerpt " + marker), text.replace("%s", "Excerpt " + marker),
                ctx.getBean(Clock.class).instant());
        return ctx.getBean(IssueRepository.class).insert(c, List.of(), null, null, null);
    }

    /**
     * Sends a breaking issue of {@code list} about a published article, as an editor's "Send now" in the composer
     * does (checked, rendered in both variants, stored, its send started); returns the issue id.
     */
    public static long sendBreaking(ApplicationContext ctx, NewsletterList list, long articleId, long staffId) {
        IssueDesk desk = ctx.getBean(IssueDesk.class);
        Map<String, String> typed = new HashMap<>(Map.of("list", Long.toString(list.id()),
                "kind", "breaking", "article", Long.toString(articleId), "subject", "", "intro", ""));
        return desk.send(desk.check(typed), staffId, UUID.randomUUID().toString());
    }
}
