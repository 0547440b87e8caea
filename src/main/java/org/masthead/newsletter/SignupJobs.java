package org.masthead.newsletter;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Duration;

/** Deletes sign-ups whose confirmation link has expired, hourly, on one node at a time (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class SignupJobs {

    @Bean
    RecurringTask<Void> newsletterSignupPrune(@Lazy Signups signups) {
        return Tasks.recurring("newsletter-signup-prune", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, ctx) -> signups.prune());
    }
}
