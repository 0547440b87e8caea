package org.masthead.webhooks;

import org.junit.jupiter.api.Test;
import org.masthead.platform.InvalidInputException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The URL check, with a resolver that makes names point where a test wants (no DNS is asked). */
class UrlGuardTests {

    private static final Map<String, List<String>> NAMES = Map.of(
            "hooks.example.com", List.of("93.184.216.34"),
            "intranet.example.com", List.of("10.0.0.5"),
            "sneaky.example.com", List.of("93.184.216.34", "127.0.0.1"),
            "rebound.example.com", List.of("::ffff:192.168.0.1"),
            "metadata.google.internal", List.of("169.254.169.254"),
            "localhost", List.of("127.0.0.1", "::1"));

    /** Names from the table; IP literals as the JVM reads them (no lookup); anything else unknown. */
    private static final HostResolver FAKE = host -> {
        List<InetAddress> found = new ArrayList<>();
        if (NAMES.containsKey(host)) {
            for (String a : NAMES.get(host)) {
                found.add(InetAddress.getByName(a));
            }
            return found;
        }
        if (host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+]")) {
            return List.of(InetAddress.getAllByName(host));
        }
        throw new UnknownHostException(host);
    };

    private static Optional<String> byDefault(String url) {
        return UrlGuard.refusal(url, false, false, FAKE);
    }

    @Test
    void acceptsHttpsToAPublicHost() {
        assertThat(byDefault("https://hooks.example.com/masthead?token=abc")).isEmpty();
        assertThat(byDefault("https://93.184.216.34:8443/hook")).isEmpty();
    }

    @Test
    void refusesOtherSchemesAndMalformedUrls() {
        assertThat(byDefault("ftp://hooks.example.com/")).contains("use an https:// URL");
        assertThat(byDefault("file:///etc/passwd")).contains("use an https:// URL");
        assertThat(byDefault("javascript:alert(1)")).contains("use an https:// URL");
        assertThat(byDefault("hooks.example.com/hook")).contains("use an https:// URL");
        assertThat(byDefault("not a url")).contains("not a valid URL");
        assertThat(byDefault("https://")).contains("not a valid URL");
        assertThat(byDefault("https:hooks.example.com")).contains("not a valid URL: it names no host");
        assertThat(byDefault("https://user:pw@hooks.example.com/")).contains("leave out user names, passwords and #fragments");
        assertThat(byDefault(" ")).contains("required");
        assertThat(byDefault("https://hooks.example.com/" + "a".repeat(2000))).contains("at most 2000 characters");
    }

    @Test
    void refusesPlainHttpUnlessAllowed() {
        assertThat(byDefault("http://hooks.example.com/")).hasValueSatisfying(m -> assertThat(m).startsWith("use https://"));
        assertThat(UrlGuard.refusal("http://hooks.example.com/", true, false, FAKE)).isEmpty();
    }

    @Test
    void refusesHostsThatResolveToPrivateAddresses() {
        assertThat(byDefault("https://intranet.example.com/")).contains(
                "intranet.example.com resolves to 10.0.0.5, a private address; webhooks go to public addresses only");
        assertThat(byDefault("https://sneaky.example.com/")).as("one bad address is enough")
                .hasValueSatisfying(m -> assertThat(m).contains("127.0.0.1, a loopback address"));
        assertThat(byDefault("https://rebound.example.com/")).hasValueSatisfying(m -> assertThat(m).contains("private"));
        assertThat(byDefault("https://localhost:8080/")).hasValueSatisfying(m -> assertThat(m).contains("loopback"));
        assertThat(byDefault("https://metadata.google.internal/")).hasValueSatisfying(m -> assertThat(m).contains("metadata"));
        assertThat(byDefault("https://nowhere.example.com/")).contains("the host nowhere.example.com does not resolve");
    }

    @Test
    void refusesLiteralsInEveryNotation() {
        assertThat(byDefault("https://127.0.0.1/")).isPresent();
        assertThat(byDefault("https://127.1/")).isPresent();
        assertThat(byDefault("https://2130706433/")).isPresent();
        assertThat(byDefault("https://[::1]/")).isPresent();
        assertThat(byDefault("https://[::ffff:7f00:1]/")).isPresent();
        assertThat(byDefault("https://0.0.0.0/")).isPresent();
        assertThat(byDefault("https://0x7f000001/")).as("not an address Java reads: no such host").isPresent();
    }

    @Test
    void allowingPrivateAddressesLiftsPrivateButNotMetadata() {
        assertThat(UrlGuard.refusal("https://intranet.example.com/", false, true, FAKE)).isEmpty();
        assertThat(UrlGuard.refusal("https://127.0.0.1:9000/", false, true, FAKE)).isEmpty();
        assertThat(UrlGuard.refusal("https://metadata.google.internal/", false, true, FAKE)).isPresent();
        assertThat(UrlGuard.refusal("https://[ff02::1]/", false, true, FAKE)).isPresent();
    }

    @Test
    void withDefaultSettingsLoopbackAndHttpAreRefusedAsAFieldErrorOnUrl() {
        WebhookProperties defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("masthead.webhooks", WebhookProperties.class);
        assertThat(defaults.allowPrivateAddresses()).isFalse();
        assertThat(defaults.allowHttp()).isFalse();
        UrlGuard guard = new UrlGuard(defaults);
        assertThatThrownBy(() -> guard.registrable("https://127.0.0.1:8443/hook"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("url"))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> guard.registrable("https://[::1]/hook")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> guard.registrable("http://93.184.216.34/hook")).hasMessageContaining("use https://");
        assertThat(guard.refusalBeforeSending("https://10.1.2.3/hook")).isPresent();
        assertThat(guard.registrable(" https://93.184.216.34/hook ")).isEqualTo("https://93.184.216.34/hook");
    }
}
