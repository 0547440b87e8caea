package org.masthead.newsletter;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay's signature, checked against a value computed outside Java (README: {@code openssl dgst -hmac}). */
class RelaySignatureTests {

    private static final String SECRET = "nlwh_test_secret";
    private static final byte[] BODY = "{\"type\":\"bounce\",\"email\":\"gone@example.org\",\"permanent\":true}"
            .getBytes(StandardCharsets.UTF_8);
    /** printf '%s.%s' 1764460800 "$BODY" | openssl dgst -sha256 -hmac nlwh_test_secret */
    private static final String OPENSSL = "2818f3a0727825791b4524539945159a5d6e814e6dc96fcca96cd37790bbf001";
    private static final Instant AT = Instant.ofEpochSecond(1764460800);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void signsAsOpensslDoesAndVerifiesItsOwnHeader() {
        assertThat(RelaySignature.header(SECRET, AT.getEpochSecond(), BODY)).isEqualTo("t=1764460800,v1=" + OPENSSL);
        assertThat(RelaySignature.verify("t=1764460800,v1=" + OPENSSL, BODY, SECRET, AT, FIVE_MINUTES)).isTrue();
        assertThat(RelaySignature.verify("t=1764460800, v1=0000, v1=" + OPENSSL, BODY, SECRET, AT, FIVE_MINUTES))
                .as("any one of several signatures, as during a change of secret").isTrue();
    }

    @Test
    void refusesAnotherBodyAnotherSecretAStaleOrFutureTimeAndGarbage() {
        String header = "t=1764460800,v1=" + OPENSSL;
        assertThat(RelaySignature.verify(header, "{}".getBytes(StandardCharsets.UTF_8), SECRET, AT, FIVE_MINUTES)).isFalse();
        assertThat(RelaySignature.verify(header, BODY, "another", AT, FIVE_MINUTES)).isFalse();
        assertThat(RelaySignature.verify(header, BODY, SECRET, AT.plus(FIVE_MINUTES).plusSeconds(1), FIVE_MINUTES)).isFalse();
        assertThat(RelaySignature.verify(header, BODY, SECRET, AT.minus(FIVE_MINUTES).minusSeconds(1), FIVE_MINUTES)).isFalse();
        assertThat(RelaySignature.verify(header, BODY, SECRET, AT.plus(FIVE_MINUTES), FIVE_MINUTES)).isTrue();
        assertThat(RelaySignature.verify("v1=" + OPENSSL, BODY, SECRET, AT, FIVE_MINUTES)).isFalse();
        assertThat(RelaySignature.verify("t=abc,v1=" + OPENSSL, BODY, SECRET, AT, FIVE_MINUTES)).isFalse();
        assertThat(RelaySignature.verify(null, BODY, SECRET, AT, FIVE_MINUTES)).isFalse();
        assertThat(RelaySignature.verify(header, BODY, "", AT, FIVE_MINUTES)).isFalse();
    }
}
