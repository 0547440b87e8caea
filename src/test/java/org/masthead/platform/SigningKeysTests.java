package org.masthead.platform;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Signatures are shared through the database, survive a reload, and keep verifying across one rotation. */
@H2IntegrationTest
class SigningKeysTests {

    @Autowired SigningKeys keys;
    @Autowired JdbcClient db;

    @Test
    void signsAndVerifiesPerPurpose() {
        String token = keys.sign("unsubscribe", "member:42");
        assertThat(keys.verify("unsubscribe", token)).contains("member:42");
        assertThat(keys.verify("preview", token)).as("another purpose").isEmpty();
        assertThat(keys.verify("unsubscribe", token.replace("member:42", "member:43"))).as("tampered").isEmpty();
        assertThat(keys.verify("unsubscribe", "garbage")).isEmpty();
        assertThat(keys.verify("unsubscribe", null)).isEmpty();
    }

    @Test
    void theSecretIsStoredSoAnotherNodeOrARestartVerifiesAlike() {
        String token = keys.sign("meter", "abc");
        keys.reload(); // as a freshly started node would: read the secret from the database
        assertThat(keys.verify("meter", token)).contains("abc");
        assertThat(db.sql("SELECT COUNT(*) FROM platform_secret").query(Long.class).single()).isPositive();
    }

    @Test
    void rotationKeepsThePreviousKeyValidForVerification() {
        String before = keys.sign("preview", "article:7");
        keys.rotate();
        String after = keys.sign("preview", "article:7");
        assertThat(after).isNotEqualTo(before);
        assertThat(keys.verify("preview", before)).contains("article:7");
        assertThat(keys.verify("preview", after)).contains("article:7");
        keys.rotate();
        assertThat(keys.verify("preview", before)).as("two rotations later").isEmpty();
    }
}
