package org.masthead.mail;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.mail.OutboxEntry.Status;
import org.masthead.platform.PublicationAlone;
import org.masthead.platform.PublicationProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.mail.MailFixtures.address;
import static org.masthead.mail.MailFixtures.signInCode;

/**
 * Kept mode, where no SMTP server is configured (the default under mvn spring-boot:run, and a jar without
 * MASTHEAD_SMTP_HOST). The shared test contexts do send mail, so this builds the outbox alone in a small
 * context of its own: the mail module, Boot's mail sender auto-configuration, and an in-memory H2 database.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeptMailTests {

    private final ApplicationContextRunner outboxAlone = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
                    FlywayAutoConfiguration.class, MailSenderAutoConfiguration.class))
            .withUserConfiguration(Outbox.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:kept-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({MailProperties.class, PublicationProperties.class})
    @Import({MailService.class, MailRepository.class, MailDelivery.class, MailIdentity.class, MailMetrics.class,
            KeptMailNotice.class, PublicationAlone.class, BulkMail.class})
    static class Outbox {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        MeterRegistry meters() {
            return new SimpleMeterRegistry();
        }
    }

    /** The property absent, and blank as an unset MASTHEAD_SMTP_HOST leaves it. */
    @ParameterizedTest
    @ValueSource(strings = {"spring.mail.port=587", "spring.mail.host="})
    void withoutAnSmtpHostMessagesAreKeptAndNeverSent(String setting) {
        outboxAlone.withPropertyValues(setting).run(context -> {
            MailService mail = context.getBean(MailService.class);
            assertThat(mail.deliveringEnabled()).isFalse();

            long id = mail.send(signInCode(address("kept")));
            assertThat(context.getBean(MailDelivery.class).sendDue()).isZero();
            OutboxEntry kept = mail.find(id).orElseThrow();
            assertThat(kept.status()).isEqualTo(Status.KEPT);
            assertThat(kept.attempts()).isZero();
            assertThat(kept.nextAttemptAt()).isNull();
            assertThat(kept.text()).contains("314159");
            assertThat(context.getBean(MeterRegistry.class).get("masthead.mail.messages")
                    .tags("outcome", "kept", "kind", "sign-in-code").counter().count()).isEqualTo(1.0);
        });
    }

    @Test
    void bulkMessagesAreKeptInTheOutboxForADeveloperToRead() {
        outboxAlone.run(context -> {
            BulkMail bulk = context.getBean(BulkMail.class);
            assertThat(bulk.sending()).isFalse();
            String to = address("bulk");
            BulkOutcome outcome;
            try (BulkMail.Connection c = bulk.open()) {
                outcome = c.send(new BulkMessage(to, "briefing@example.org", "Briefing", null, "Today's briefing",
                        "The whole text.", "<p>The whole text.</p>", "<1@example.org>", java.time.Instant.now(),
                        java.util.List.of(), false, null));
            }
            assertThat(outcome.result()).isEqualTo(BulkOutcome.Result.SENT);
            OutboxEntry kept = context.getBean(MailService.class).recent(1).get(0);
            assertThat(kept).extracting(OutboxEntry::to, OutboxEntry::subject, OutboxEntry::status, OutboxEntry::kind)
                    .containsExactly(to, "Today's briefing", Status.KEPT, "newsletter");
            assertThat(outcome.detail()).contains(String.valueOf(kept.id()));
        });
    }

    @Test
    void startWarnsOnceThatMailIsKeptAndWhereToReadIt(CapturedOutput output) {
        outboxAlone.run(context -> context.publishEvent(
                new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO)));
        assertThat(output.getOut()).containsOnlyOnce("e-mail is kept in the outbox and not sent")
                .contains("MASTHEAD_SMTP_HOST", "/admin/outbox");
    }

    @Test
    void withAnSmtpHostMessagesAreQueuedForDeliveryAndNothingIsSaidAtStart(CapturedOutput output) {
        outboxAlone.withPropertyValues("spring.mail.host=127.0.0.1").run(context -> {
            context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
            MailService mail = context.getBean(MailService.class);
            assertThat(mail.deliveringEnabled()).isTrue();
            assertThat(mail.find(mail.send(signInCode(address("queued")))).orElseThrow().status()).isEqualTo(Status.QUEUED);
        });
        assertThat(output.getOut()).doesNotContain("e-mail is kept");
    }
}
