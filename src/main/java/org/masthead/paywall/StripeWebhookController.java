package org.masthead.paywall;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/**
 * {@code POST /stripe/webhook}: Stripe's signed events. The signature and its timestamp are checked on the raw
 * body with stripe-java's {@link Webhook#constructEvent} (HMAC-SHA256 with the endpoint secret; a timestamp
 * older than the tolerance is a replay); anything that fails is 400 and changes nothing. No session, no CSRF
 * ({@link PaywallSecurity}): the signature is the authentication. A 2xx tells Stripe to stop retrying, so it is
 * sent only once the event is applied (or known to be a duplicate, or of no interest).
 */
@RestController
class StripeWebhookController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StripeEvents events;
    private final StripeProperties props;
    private final Clock clock;

    StripeWebhookController(StripeEvents events, StripeProperties props, Clock clock) {
        this.events = events;
        this.props = props;
        this.clock = clock;
    }

    @PostMapping(value = "/stripe/webhook", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> receive(@RequestBody(required = false) byte[] body,
                                   @RequestHeader(value = "Stripe-Signature", required = false) String signature) {
        if (props.webhookSecret().isBlank()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("Stripe webhooks are not configured.");
        }
        String payload = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        Event verified;
        try {
            verified = Webhook.constructEvent(payload, signature == null ? "" : signature, props.webhookSecret(),
                    props.webhookTolerance().toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            return ResponseEntity.badRequest().body("Signature refused: " + e.getMessage());
        } catch (RuntimeException malformed) {
            return ResponseEntity.badRequest().body("Not a Stripe event.");
        }
        StripeEvent event;
        try {
            JsonNode object = JSON.readTree(payload).path("data").path("object");
            if (verified.getId() == null || verified.getType() == null || verified.getCreated() == null || !object.isObject()) {
                return ResponseEntity.badRequest().body("Not a Stripe event.");
            }
            event = new StripeEvent(verified.getId(), verified.getType(), verified.getCreated(), object);
        } catch (JacksonException malformed) {
            return ResponseEntity.badRequest().body("Not a Stripe event.");
        }
        return ResponseEntity.ok(events.apply(event).name().toLowerCase(Locale.ROOT));
    }
}
