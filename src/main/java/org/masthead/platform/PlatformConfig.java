package org.masthead.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class PlatformConfig {

    /** The one source of time; tests replace it with a fixed or mutable clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
