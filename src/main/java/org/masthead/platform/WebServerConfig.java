package org.masthead.platform;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat settings Boot does not expose. A reader page is a few tens of KB; with Tomcat's default 8 KB socket
 * write buffer each answer took several write calls, the largest single cost of a cached page.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class WebServerConfig {

    @Bean
    TomcatConnectorCustomizer largerSocketWrites() {
        return connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(64 * 1024));
    }
}
