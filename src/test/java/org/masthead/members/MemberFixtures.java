package org.masthead.members;

import org.masthead.content.Article;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.mail.MailService;
import org.masthead.MutableClock;
import org.masthead.mail.OutboxEntry;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers and their sign-ins for integration tests of any module. */
public final class MemberFixtures {

    public static final String PASSWORD = "a reader's password 7";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private MemberFixtures() {
    }

    public static String freshEmail() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A client address no other test uses, so throttling counters never mix between tests. */
    public static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A member with {@link #PASSWORD}, as if they had signed up and proven their address. */
    public static Member member(ApplicationContext ctx, String displayName) {
        MemberRepository repo = ctx.getBean(MemberRepository.class);
        long id = repo.insert(freshEmail(), displayName, ctx.getBean(Passwords.class).hash(PASSWORD),
                ctx.getBean(Clock.class).instant());
        return repo.byId(id).orElseThrow().member();
    }

    /**
     * A published story to save, in Sport: the listings other tests read (World and its sub-sections) keep their
     * first page to themselves.
     */
    public static Article story(ArticleService articles, String headline) {
        return ContentFixtures.published(articles, ContentFixtures.withSection(
                ContentFixtures.draft(ContentFixtures.unique(headline)), "sport"));
    }

    /**
     * Asks for the member's deletion, moves the clock past the grace period and runs the deletion job once, as
     * the hourly job would; returns how many members it deleted. The caller resets the clock.
     */
    public static int deletedAfterGrace(ApplicationContext ctx, Member member) {
        MemberAccounts accounts = ctx.getBean(MemberAccounts.class);
        accounts.requestDeletion(member.id(), member.email());
        ctx.getBean(MutableClock.class).advance(accounts.deletionGrace().plusMinutes(1));
        return runDeletions(ctx);
    }

    /** One run of the deletion job: deletes every member whose grace period is over. */
    public static int runDeletions(ApplicationContext ctx) {
        return ctx.getBean(MemberDeletion.class).deleteDue();
    }

    /** Signs {@code member} in with their password on a fresh browser. */
    public static ReaderBrowser signedIn(int port, Member member) {
        ReaderBrowser browser = new ReaderBrowser(port, freshAddress());
        var r = browser.post("/account/sign-in", "email", member.email(), "password", PASSWORD, "next", "/account");
        if (r.statusCode() != 302) {
            throw new AssertionError("sign-in of " + member.email() + " answered " + r.statusCode());
        }
        return browser;
    }

    /** The newest 6-digit code e-mailed to {@code email}, as the outbox holds it. */
    public static String lastCode(ApplicationContext ctx, String email) {
        return lastMatch(ctx, email, CODE);
    }

    /** The newest link to {@code path} (e.g. {@code /account/link}) e-mailed to {@code email}: path and query. */
    public static String lastLink(ApplicationContext ctx, String email, String path) {
        String url = lastMatch(ctx, email, Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9]+)"));
        return url;
    }

    private static String lastMatch(ApplicationContext ctx, String email, Pattern pattern) {
        for (OutboxEntry e : ctx.getBean(MailService.class).recent(500)) {
            if (e.to().equals(email)) {
                Matcher m = pattern.matcher(e.text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no mail to " + email + " matching " + pattern);
    }

    /** Kinds of the mail sent to {@code email}, newest first. */
    public static java.util.List<String> mailKinds(ApplicationContext ctx, String email) {
        return ctx.getBean(MailService.class).recent(500).stream().filter(e -> e.to().equals(email))
                .map(OutboxEntry::kind).toList();
    }

    /** The member's id by address, straight from the table. */
    public static long idOf(ApplicationContext ctx, String email) {
        return ctx.getBean(JdbcClient.class).sql("SELECT id FROM members_member WHERE email = :e").param("e", email)
                .query(Long.class).single();
    }
}
