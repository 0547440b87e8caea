package org.masthead.webhooks;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Clock;
import java.time.Duration;

/**
 * The webhook jobs, on db-scheduler: a recurring task runs on one node at a time, so deliveries are sent by
 * one sender in the cluster (and a claim per delivery keeps even two from sending one twice).
 */
@Configuration(proxyBeanMethods = false)
class WebhookJobs {

    @Bean
    RecurringTask<Void> deliverWebhooks(@Lazy WebhookDispatcher dispatcher, WebhookProperties props) {
        return Tasks.recurring("webhooks-deliver", FixedDelay.of(props.pollInterval()))
                .execute((instance, ctx) -> dispatcher.deliverDue());
    }

    /** Finished deliveries and their attempt log are kept for {@code log-retention}, then deleted. */
    @Bean
    RecurringTask<Void> pruneWebhookLog(@Lazy DeliveryRepository deliveries, WebhookProperties props, Clock clock) {
        return Tasks.recurring("webhooks-prune", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, ctx) -> deliveries.prune(clock.instant().minus(props.logRetention())));
    }
}
