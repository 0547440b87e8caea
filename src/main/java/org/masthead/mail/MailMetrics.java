package org.masthead.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code masthead_mail_messages_total{outcome, kind}} in Prometheus. Outcomes: {@code sent}; {@code retried}, a
 * transient failure that will be tried again; {@code failed}, given up; {@code kept}, stored without an SMTP
 * server. A rising {@code retried} with a flat {@code sent} is an SMTP outage.
 */
@Component
class MailMetrics {

    enum Outcome { SENT, RETRIED, FAILED, KEPT }

    private final MeterRegistry meters;

    MailMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(Outcome outcome, String kind) {
        Counter.builder("masthead.mail.messages")
                .description("Transactional e-mail messages by outcome and kind")
                .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .tag("kind", kind)
                .register(meters)
                .increment();
    }
}
