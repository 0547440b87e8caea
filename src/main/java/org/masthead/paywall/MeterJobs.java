package org.masthead.paywall;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Duration;

/**
 * Forgets meters once they can no longer matter: rows of months before the previous one (kept a month longer than
 * needed, so a reader's data download still shows last month). One node at a time, on db-scheduler.
 */
@Configuration(proxyBeanMethods = false)
class MeterJobs {

    @Bean
    RecurringTask<Void> pruneMeters(@Lazy MeterRepository repo, @Lazy MeterMonths months) {
        return Tasks.recurring("paywall-meter-prune", FixedDelay.of(Duration.ofHours(6)))
                .execute((instance, ctx) -> repo.deleteBefore(previous(months.now())));
    }

    /** The month before {@code yyyymm}. */
    static int previous(int month) {
        return month % 100 == 1 ? (month / 100 - 1) * 100 + 12 : month - 1;
    }
}
