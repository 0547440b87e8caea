package org.masthead.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Clock;
import java.time.Duration;

/**
 * The outbox's two db-scheduler jobs. A recurring task runs on one node at a time, so the cluster sends
 * through one worker; the claims in {@link MailDelivery} keep even an overlap from sending a message twice.
 */
@Configuration(proxyBeanMethods = false)
class MailJobs {

    private static final Logger log = LoggerFactory.getLogger(MailJobs.class);

    @Bean
    RecurringTask<Void> mailSend(@Lazy MailDelivery delivery, MailProperties props) {
        return Tasks.recurring("mail-send", FixedDelay.of(props.pollInterval()))
                .execute((instance, ctx) -> delivery.sendDue());
    }

    @Bean
    RecurringTask<Void> mailPrune(@Lazy MailService mail, Clock clock) {
        return Tasks.recurring("mail-prune", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, ctx) -> {
                    int pruned = mail.prune(clock.instant());
                    if (pruned > 0) {
                        log.info("Pruned {} sent or kept message(s) from the outbox", pruned);
                    }
                });
    }
}
