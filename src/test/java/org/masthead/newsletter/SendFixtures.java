package org.masthead.newsletter;

import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.masthead.platform.JdbcTimes.ts;

/** Subscribers and sends for the sending tests. */
public final class SendFixtures {

    private SendFixtures() {
    }

    /**
     * Subscribes the member, as a row of {@code newsletter_subscription} written directly: the subscriptions
     * service belongs to the sign-up side of the module and writes the same row (plus the consent ledger).
     */
    public static void subscribe(ApplicationContext ctx, NewsletterList list, long memberId, boolean subscribed) {
        JdbcClient db = ctx.getBean(JdbcClient.class);
        var now = ts(ctx.getBean(Clock.class).instant());
        int changed = db.sql("UPDATE newsletter_subscription SET subscribed = :s, changed_at = :at WHERE list_id = :l AND member_id = :m")
                .param("s", subscribed).param("at", now).param("l", list.id()).param("m", memberId).update();
        if (changed == 0) {
            db.sql("""
                    INSERT INTO newsletter_subscription (list_id, member_id, subscribed, source, created_at, changed_at)
                    VALUES (:l, :m, :s, 'test', :at, :at)
                    """).param("l", list.id()).param("m", memberId).param("s", subscribed).param("at", now).update();
        }
    }

    /** {@code n} new members, each subscribed to the list. */
    public static List<Member> subscribers(ApplicationContext ctx, NewsletterList list, int n) {
        return IntStream.range(0, n).mapToObj(i -> {
            Member m = MemberFixtures.member(ctx, "Subscriber " + i);
            subscribe(ctx, list, m.id(), true);
            return m;
        }).toList();
    }

    /** The defaults of {@code masthead.newsletter.*}, with this rate and unsubscribe mailto, for tests without Spring. */
    static NewsletterProperties properties(double rate, String unsubscribeMailto) {
        return new NewsletterProperties(rate, 1, 500, 50, Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofMinutes(1),
                Duration.ofHours(1), 8, Duration.ofHours(24), 5, "", Duration.ofMinutes(5), unsubscribeMailto);
    }

    /** Waits until the send has ended (done or failed) and returns it. */
    static Send awaitEnd(ApplicationContext ctx, long sendId) {
        SendRepository sends = ctx.getBean(SendRepository.class);
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> sends.find(sendId).orElseThrow(), s -> !s.running());
    }
}
