package org.masthead.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * @param dataDir          where uploads and image variants live (the H2 database sits beside them by default)
 * @param jteDev           compile templates from {@code jteSource} on the fly (mvn spring-boot:run); the jar
 *                         uses the precompiled classes
 * @param signingSecret    optional fixed signing secret (e.g. from a secrets manager); when blank one is
 *                         generated on first start and kept in the database so every node shares it
 * @param changePollInterval how often each node reads the change feed to invalidate its caches
 * @param trustedProxies   addresses or CIDR ranges of the proxies in front (load balancer, CDN); only requests
 *                         from these may name the client in X-Forwarded-For
 */
@ConfigurationProperties("masthead.platform")
public record PlatformProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean jteDev,
        @DefaultValue("src/main/jte") Path jteSource,
        @DefaultValue("") String signingSecret,
        @DefaultValue("1s") Duration changePollInterval,
        @DefaultValue List<String> trustedProxies) {
}
