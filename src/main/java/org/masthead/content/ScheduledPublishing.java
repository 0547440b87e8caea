package org.masthead.content;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Scheduled articles go live through db-scheduler: one task instance per article, stored in the database,
 * picked by exactly one node when due. {@link ArticleWorkflow#publishDue} only moves an article that is
 * still scheduled and due, so a task that runs twice, or an article rescheduled meanwhile, publishes once.
 * A sweep every minute catches any article whose task went missing.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    /** Internal: an article was scheduled; the task is registered once the transaction has committed. */
    record PublicationScheduled(long articleId, Instant at) { }

    @Bean
    OneTimeTask<Long> publishScheduledArticle(@Lazy ArticleWorkflow articles) {
        return Tasks.oneTime("publish-scheduled-article", Long.class)
                .execute((instance, ctx) -> {
                    if (articles.publishDue(instance.getData())) {
                        log.info("Published scheduled article {}", instance.getData());
                    }
                });
    }

    @Bean
    RecurringTask<Void> publishDueArticlesSweep(@Lazy ArticleWorkflow articles, @Lazy ArticleRepository repo, Clock clock) {
        return Tasks.recurring("publish-due-articles-sweep", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, ctx) -> repo.dueScheduled(clock.instant()).forEach(articles::publishDue));
    }

    @Bean
    Registrar scheduledPublishingRegistrar(@Lazy SchedulerClient scheduler, OneTimeTask<Long> publishScheduledArticle) {
        return new Registrar(scheduler, publishScheduledArticle);
    }

    static class Registrar {
        private final SchedulerClient scheduler;
        private final OneTimeTask<Long> task;

        Registrar(SchedulerClient scheduler, OneTimeTask<Long> task) {
            this.scheduler = scheduler;
            this.task = task;
        }

        @TransactionalEventListener
        void on(PublicationScheduled e) {
            var instance = task.instance(String.valueOf(e.articleId()), e.articleId());
            if (!scheduler.scheduleIfNotExists(instance, e.at())) {
                scheduler.reschedule(instance, e.at());
            }
        }
    }
}
