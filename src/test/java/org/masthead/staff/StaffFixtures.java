package org.masthead.staff;

import org.masthead.mail.MailService;
import org.masthead.mail.OutboxEntry;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Staff members and sign-ins for integration tests of any module. */
public final class StaffFixtures {

    public static final String PASSWORD = "a long test password 42";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    private StaffFixtures() {
    }

    /** A new active staff member in {@code role}, with {@link #PASSWORD}. */
    public static StaffUser member(ApplicationContext ctx, Role role) {
        StaffRepository repo = ctx.getBean(StaffRepository.class);
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = repo.insertUser(email, "Test " + role.name().charAt(0) + role.name().substring(1).toLowerCase(),
                ctx.getBean(PasswordEncoder.class).encode(PASSWORD), role, ctx.getBean(Clock.class).instant());
        return repo.user(id).orElseThrow();
    }

    /** A client address no other test uses, so throttling counters never mix between tests. */
    public static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    /** Signs {@code user} in on a fresh browser, answering the e-mailed code. */
    public static StaffBrowser signedIn(ApplicationContext ctx, int port, StaffUser user) {
        StaffBrowser browser = new StaffBrowser(port, freshAddress());
        var r = browser.post("/admin/login", "email", user.email(), "password", PASSWORD);
        if ("/admin/login/code".equals(r.headers().firstValue("location").orElse(""))) {
            r = browser.post("/admin/login/code", "code", lastCode(ctx, user.email()));
        }
        if (!"/admin".equals(r.headers().firstValue("location").orElse(""))) {
            throw new AssertionError("sign-in of " + user.email() + " answered " + r.statusCode());
        }
        return browser;
    }

    /** The newest sign-in code e-mailed to {@code email}, as the outbox holds it. */
    public static String lastCode(ApplicationContext ctx, String email) {
        return lastMail(ctx, email, "sign-in-code", Pattern.compile("\\b(\\d{6})\\b"));
    }

    /** The first match of {@code pattern}'s group 1 in the newest mail of {@code kind} to {@code email}. */
    public static String lastMail(ApplicationContext ctx, String email, String kind, Pattern pattern) {
        for (OutboxEntry e : ctx.getBean(MailService.class).recent(200)) {
            if (e.to().equals(email) && e.kind().equals(kind)) {
                Matcher m = pattern.matcher(e.text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no " + kind + " mail to " + email);
    }

    /** Forgets every failed sign-in, for tests that count them. */
    public static void clearFailures(ApplicationContext ctx) {
        ctx.getBean(JdbcClient.class).sql("DELETE FROM platform_throttle_event WHERE subject LIKE :space")
                .param("space", SignInThrottle.LIMITS.space() + "|%").update();
    }
}
