package org.masthead.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

    private static final byte[] BODY = "{\"id\":\"evt_1\",\"type\":\"article.published\"}".getBytes(StandardCharsets.UTF_8);

    /** Expected values from: printf '%s' '1764460800.<body>' | openssl dgst -sha256 -hmac '<secret>' */
    @Test
    void signsTimeDotBodyWithTheSecretAsOpensslDoes() {
        assertThat(WebhookSignature.v1("whsec_MfKQ9r8GKYqrTAjm", 1764460800L, BODY))
                .isEqualTo("49be2b3b2d58c6a380a17729807790c08e649fd3f4b0e56b69e6a1709e09bb22");
    }

    @Test
    void theHeaderCarriesTheTimeAndOneSignaturePerLiveSecret() {
        assertThat(WebhookSignature.header(1764460800L, BODY, List.of("whsec_MfKQ9r8GKYqrTAjm")))
                .isEqualTo("t=1764460800,v1=49be2b3b2d58c6a380a17729807790c08e649fd3f4b0e56b69e6a1709e09bb22");
        assertThat(WebhookSignature.header(1764460800L, BODY, List.of("whsec_MfKQ9r8GKYqrTAjm", "whsec_old")))
                .isEqualTo("t=1764460800,v1=49be2b3b2d58c6a380a17729807790c08e649fd3f4b0e56b69e6a1709e09bb22,"
                        + "v1=fe3f409d701329e5b6dbd18c2538b3e7e0a4e74f841de44a0069ffc1f7211225");
    }

    @Test
    void aChangedTimeOrBodyGivesAnotherSignature() {
        String base = WebhookSignature.v1("s", 100, BODY);
        assertThat(WebhookSignature.v1("s", 101, BODY)).isNotEqualTo(base);
        assertThat(WebhookSignature.v1("s", 100, "{}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(base);
        assertThat(WebhookSignature.v1("t", 100, BODY)).isNotEqualTo(base);
    }

    @Test
    void newSecretsAreLongRandomAndRecognisable() {
        String a = WebhookSignature.newSecret();
        assertThat(a).matches("whsec_[A-Za-z0-9_-]{43}");
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(a);
    }
}
