package org.masthead.newsletter;

import org.masthead.mail.MailService;
import org.masthead.mail.OutboxEntry;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lists of every kind and audience, and the links readers receive, for subscription tests of any module. */
public final class SubscriberFixtures {

    private static final Pattern CONFIRM = Pattern.compile("https?://[^/\\s]+(/newsletters/confirm/[A-Za-z0-9]+)");

    private SubscriberFixtures() {
    }

    /** A manual list with this kind and audience, and a name no other test uses. */
    public static NewsletterList list(ApplicationContext ctx, String name, ListKind kind, Audience audience) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        return ctx.getBean(NewsletterLists.class).create(new SaveList(unique,
                unique.toLowerCase().replaceAll("[^a-z0-9]+", "-"), "What " + name + " brings you.", kind,
                Cadence.MANUAL, null, null, "The Test Herald", "newsletters@example.org", null, audience, List.of()));
    }

    /** A news list for everyone that carries these sections in its digest (daily at 07:00). */
    public static NewsletterList sectionList(ApplicationContext ctx, String name, List<Long> sectionIds) {
        return NewsletterFixtures.dailyDigest(ctx, name, java.time.LocalTime.of(7, 0), sectionIds);
    }

    /** The path of the newest confirmation link mailed to {@code email}, as the outbox holds it. */
    public static String confirmPath(ApplicationContext ctx, String email) {
        for (OutboxEntry e : ctx.getBean(MailService.class).recent(500)) {
            if (e.to().equals(email) && e.kind().equals(Signups.MAIL_KIND)) {
                Matcher m = CONFIRM.matcher(e.text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no confirmation mail to " + email);
    }

    /** The path of a link's URL (what a reader's click requests). */
    public static String path(String absoluteUrl) {
        return java.net.URI.create(absoluteUrl).getRawPath();
    }
}
