package org.masthead;

import org.flywaydb.core.Flyway;
import org.masthead.paywall.FakeStripe;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Beans every test context shares: a clock tests can move, a clean PostgreSQL schema per run, the ports of the
 * test JVM's SMTP server and fake Stripe API, and a count of the connections request threads take.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestBeans {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** Counts the connections request threads take ({@link RequestConnections}). */
    @Bean
    static BeanPostProcessor countRequestConnections() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof DelegatingDataSource) ? RequestConnections.counting(ds) : bean;
            }
        };
    }

    @Bean
    @Profile("pg")
    FlywayMigrationStrategy cleanThenMigrate() {
        return (Flyway flyway) -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    /**
     * The SMTP server's port (and the fake Stripe API's), known only once it has started, as {@code masthead.test.smtp-port} (see
     * application-test.properties). A factory post-processor runs before any bean binds {@code spring.mail.*},
     * and, unlike {@code @DynamicPropertySource}, keeps one context per database for every test class.
     */
    @Bean
    static BeanFactoryPostProcessor testSmtpPort(ConfigurableEnvironment env) {
        return beanFactory -> env.getPropertySources()
                .addFirst(new MapPropertySource("test-smtp", Map.of("masthead.test.smtp-port", TestSmtp.port(),
                        "masthead.test.stripe-port", FakeStripe.port())));
    }
}
