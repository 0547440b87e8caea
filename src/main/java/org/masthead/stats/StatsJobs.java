package org.masthead.stats;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Duration;

/**
 * Flushing and the "Most read" list are per node (each node holds its own counts and its own list), so they
 * run on every node with Spring's scheduler; pruning is the same work for all, so db-scheduler runs it on one.
 */
@Configuration(proxyBeanMethods = false)
class StatsJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StatsJobs.class);

    private final ViewFlush flush;
    private final StatsService stats;
    private final StatsProperties props;

    StatsJobs(ViewFlush flush, StatsService stats, StatsProperties props) {
        this.flush = flush;
        this.stats = stats;
        this.props = props;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(flush::flush, props.flushInterval());
        // at a fixed rate, so each refresh starts no later than the list before it said it would be replaced
        registrar.addFixedRateTask(new FixedRateTask(stats::refreshMostRead, props.mostReadRefresh(), props.mostReadRefresh()));
    }

    @Bean
    RecurringTask<Void> pruneOldViewCounts() {
        return Tasks.recurring("stats-prune-old-view-counts", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, ctx) -> {
                    int deleted = stats.prune();
                    if (deleted > 0) {
                        log.info("Deleted {} hourly view counts past the retention", deleted);
                    }
                });
    }
}
