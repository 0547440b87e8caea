package org.masthead.platform;

import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

@Configuration(proxyBeanMethods = false)
class PlatformConfig {

    /** The one source of time; tests replace it with a fixed or mutable clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Job metrics (runs, failures, durations per task) in Prometheus. db-scheduler's own metrics wiring
     * targets Boot 3's metrics auto-configuration and stays off on Boot 4, so the registry is given here.
     */
    @Bean
    StatsRegistry jobMetrics(MeterRegistry meters, List<Task<?>> tasks) {
        return new MicrometerStatsRegistry(meters, tasks);
    }
}
