package org.masthead.newsletter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /newsletters/webhooks/events}: bounces and complaints a mail relay reports after the fact, signed
 * ({@link RelaySignature}) with {@code masthead.newsletter.webhook-secret}. A missing, wrong or stale signature, or
 * a body that is not a valid report ({@link RelayReport}), is 400 and changes nothing; without a secret configured,
 * 503. No session and no CSRF token ({@link NewsletterSecurity}): the signature is the authentication.
 */
@RestController
class RelayWebhookController {

    static final String PATH = "/newsletters/webhooks/events";

    private final RelayReports reports;
    private final NewsletterProperties props;
    private final Clock clock;

    RelayWebhookController(RelayReports reports, NewsletterProperties props, Clock clock) {
        this.reports = reports;
        this.props = props;
        this.clock = clock;
    }

    @PostMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receive(@RequestBody(required = false) byte[] body,
                                                @RequestHeader(value = RelaySignature.HEADER, required = false) String signature) {
        if (props.webhookSecret().isBlank()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("error", "Reports are not configured: set MASTHEAD_NEWSLETTER_WEBHOOK_SECRET."));
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!RelaySignature.verify(signature, raw, props.webhookSecret(), clock.instant(), props.webhookTolerance())) {
            return ResponseEntity.badRequest().body(Map.of("error", "Signature missing, wrong or older than "
                    + props.webhookTolerance().toMinutes() + " minutes."));
        }
        List<RelayReport> events;
        try {
            events = RelayReport.parse(raw);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "Not a report: " + e.getMessage()));
        }
        RelayReports.Applied applied = reports.apply(events);
        return ResponseEntity.ok(Map.of("received", applied.received(), "suppressed", applied.suppressed(),
                "ignored", applied.ignored()));
    }
}
