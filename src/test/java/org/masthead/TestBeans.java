package org.masthead;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** Beans every test context shares: a clock tests can move, and a clean PostgreSQL schema per run. */
@TestConfiguration(proxyBeanMethods = false)
public class TestBeans {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    @Profile("pg")
    FlywayMigrationStrategy cleanThenMigrate() {
        return (Flyway flyway) -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
