package org.masthead.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

    private static ClientAddress behind(String... proxies) {
        return new ClientAddress(new PlatformProperties(Path.of("data"), false, Path.of("src/main/jte"), "",
                Duration.ofSeconds(1), List.of(proxies)));
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(behind().of("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheClientIsTheFirstUntrustedHopFromTheRight() {
        ClientAddress a = behind("10.0.0.0/8");
        assertThat(a.of("10.0.0.5", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(a.of("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.0.0.9")).as("a forged left entry is not believed")
                .isEqualTo("198.51.100.7");
        assertThat(a.of("203.0.113.9", "198.51.100.7")).as("not from the proxy").isEqualTo("203.0.113.9");
        assertThat(a.of("10.0.0.5", "not an address")).isEqualTo("10.0.0.5");
        assertThat(a.of("10.0.0.5", "2001:db8::1")).isEqualTo("2001:db8::1");
    }
}
