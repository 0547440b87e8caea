package org.masthead.paywall;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;

import static org.masthead.platform.JdbcTimes.ts;

/**
 * Subscription jobs on db-scheduler (one node at a time): lapse what ran out, and forget processed Stripe event
 * ids once Stripe can no longer redeliver them (it retries for three days).
 */
@Configuration(proxyBeanMethods = false)
class SubscriptionJobs {

    @Bean
    RecurringTask<Void> lapseSubscriptions(@Lazy Lapses lapses) {
        return Tasks.recurring("paywall-lapse", FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instance, ctx) -> lapses.run());
    }

    @Bean
    RecurringTask<Void> pruneStripeEvents(@Lazy JdbcClient db, Clock clock) {
        return Tasks.recurring("paywall-prune-stripe-events", FixedDelay.of(Duration.ofHours(6)))
                .execute((instance, ctx) -> db.sql("DELETE FROM paywall_stripe_event WHERE received_at < :cutoff")
                        .param("cutoff", ts(clock.instant().minus(Duration.ofDays(30)))).update());
    }
}
