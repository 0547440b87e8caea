package org.masthead.platform;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * HMAC signatures for cookies, links and tokens. The secret is generated on first start and stored in the
 * database so every node signs alike and signatures survive restarts. {@link #rotate()} adds a new secret;
 * the previous one still verifies, so links sent yesterday keep working. Each purpose gets its own derived
 * key, so a token minted for one purpose never verifies for another.
 */
@Component
public class SigningKeys {

    private static final String PURPOSE = "signing";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient db;
    private final Clock clock;
    private final PlatformProperties props;
    private volatile List<byte[]> secrets; // newest first; at most two

    SigningKeys(JdbcClient db, Clock clock, PlatformProperties props) {
        this.db = db;
        this.clock = clock;
        this.props = props;
    }

    /** Returns {@code payload.signature}. The payload must not contain a dot-free secret; it is readable. */
    public String sign(String purpose, String payload) {
        return payload + "." + mac(current().get(0), purpose, payload);
    }

    /** The payload when the token was signed for this purpose by the current or the previous key. */
    public Optional<String> verify(String purpose, String token) {
        int dot = token == null ? -1 : token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        for (byte[] secret : current()) {
            byte[] expected = mac(secret, purpose, payload).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given)) {
                return Optional.of(payload);
            }
        }
        return Optional.empty();
    }

    /**
     * Adds a new signing secret; the previous one keeps verifying. Other nodes reload when the change feed
     * tells them, so for about a poll interval they still sign with the previous key, which verifies everywhere.
     */
    @org.springframework.transaction.annotation.Transactional
    public void rotate() {
        long next = db.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM platform_secret").query(Long.class).single();
        insert(next);
        db.sql("INSERT INTO platform_change (topic, entity_id, created_at) VALUES ('secret', :id, :at)")
                .param("id", next).param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC)).update();
        reload();
    }

    @org.springframework.context.event.EventListener
    void onChange(ChangeFeed.ChangeObserved change) {
        if ("secret".equals(change.topic())) {
            reload();
        }
    }

    public void reload() {
        secrets = null;
    }

    private List<byte[]> current() {
        List<byte[]> s = secrets;
        if (s == null) {
            s = load();
            secrets = s;
        }
        return s;
    }

    private List<byte[]> load() {
        if (!props.signingSecret().isBlank()) {
            return List.of(props.signingSecret().getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> stored = stored();
        if (stored.isEmpty()) {
            try {
                insert(1); // a fixed id: when two nodes start at once, one insert wins and both read it
            } catch (DuplicateKeyException raced) {
                // another node created it first
            }
            stored = stored();
        }
        return stored;
    }

    private List<byte[]> stored() {
        return db.sql("""
                SELECT secret FROM platform_secret WHERE purpose = :purpose ORDER BY id DESC LIMIT 2
                """).param("purpose", PURPOSE).query(String.class).list()
                .stream().map(b -> Base64.getDecoder().decode(b)).toList();
    }

    private void insert(long id) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        db.sql("""
                INSERT INTO platform_secret (id, purpose, secret, created_at) VALUES (:id, :purpose, :secret, :at)
                """).param("id", id).param("purpose", PURPOSE)
                .param("secret", Base64.getEncoder().encodeToString(secret))
                .param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC)).update();
    }

    private static String mac(byte[] secret, String purpose, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] derived = mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
            mac.init(new SecretKeySpec(derived, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
