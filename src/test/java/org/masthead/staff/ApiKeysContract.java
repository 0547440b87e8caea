package org.masthead.staff;

import org.masthead.platform.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Admin API keys stored, listed and used; run on H2 and PostgreSQL by the subclasses. */
abstract class ApiKeysContract {

    @Autowired ApplicationContext ctx;
    @Autowired StaffService staff;
    @Autowired JdbcClient db;
    @Autowired MutableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void listsLiveKeysFirstWithWhoMadeThem() {
        StaffUser admin = StaffFixtures.member(ctx, Role.ADMIN);
        String old = "old " + UUID.randomUUID();
        String kept = "kept " + UUID.randomUUID();
        staff.createApiKey(old, admin.id());
        staff.createApiKey(kept, admin.id());
        staff.revokeApiKey(staff.apiKeys().stream().filter(k -> k.name().equals(old)).findFirst().orElseThrow().id());

        var keys = staff.apiKeys();
        ApiKey live = keys.stream().filter(k -> k.name().equals(kept)).findFirst().orElseThrow();
        ApiKey revoked = keys.stream().filter(k -> k.name().equals(old)).findFirst().orElseThrow();
        assertThat(live.createdBy()).isEqualTo(admin.name());
        assertThat(live.live()).isTrue();
        assertThat(revoked.live()).isFalse();
        assertThat(keys.indexOf(live)).isLessThan(keys.indexOf(revoked));
        assertThat(keys.stream().filter(ApiKey::live)).allMatch(k -> keys.indexOf(k) < keys.indexOf(revoked));
    }

    @Test
    void aKeysUseIsNotedAtMostOnceAMinute() {
        String key = staff.createApiKey("use " + UUID.randomUUID(), null);
        assertThat(staff.verify(key)).isPresent();
        OffsetDateTime first = lastUsed(key);
        assertThat(first).isNotNull();

        clock.advance(Duration.ofSeconds(30));
        staff.verify(key);
        assertThat(lastUsed(key)).isEqualTo(first);

        clock.advance(Duration.ofSeconds(45));
        staff.verify(key);
        assertThat(lastUsed(key)).isAfter(first);
    }

    private OffsetDateTime lastUsed(String key) {
        return db.sql("SELECT last_used_at FROM staff_api_key WHERE key_hash = :h").param("h", Tokens.sha256(key))
                .query(OffsetDateTime.class).single();
    }
}
