package org.masthead.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * db-scheduler 16's auto-configuration orders itself after Boot 3's DataSourceAutoConfiguration, which Boot 4
 * moved; without this bridge it sees no DataSource yet and silently creates no scheduler.
 */
@AutoConfiguration(after = org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class,
        before = com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration.class)
public class DbSchedulerBoot4Ordering {
}
