package org.masthead.stats;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.masthead.platform.PublicationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StatsWebConfig {

    /** Right after the page cache, ahead of security and MVC: the beacon is as frequent as page views. */
    @Bean
    FilterRegistrationBean<ViewBeacon> viewBeacon(ViewCounter counter, PublicationProperties publication,
                                                  MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new ViewBeacon(counter, publication, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns(ViewBeacon.PATH + "*");
        return registration;
    }
}
