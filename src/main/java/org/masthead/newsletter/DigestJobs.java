package org.masthead.newsletter;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The digest schedule as one db-scheduler recurring task, {@code newsletter-digests}: it runs on one node at a
 * time and looks for due periods every {@code masthead.newsletter.digest.poll-interval}. Being late by a poll is
 * harmless; the period rows, not the timer, make each digest once.
 */
@Configuration(proxyBeanMethods = false)
class DigestJobs {

    @Bean
    RecurringTask<Void> newsletterDigests(@Lazy Digests digests, DigestProperties props) {
        return Tasks.recurring("newsletter-digests", FixedDelay.of(props.pollInterval()))
                .execute((instance, ctx) -> digests.makeDue());
    }
}
