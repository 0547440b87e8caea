package org.masthead.webhooks;

import org.masthead.platform.InvalidInputException;
import org.masthead.platform.InvalidInputException.FieldError;
import org.masthead.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Webhook endpoints and their deliveries, for the Admin API and the admin pages.
 *
 * <p>The secret is stored as issued, not hashed like API keys: a hash can verify a secret but not sign with
 * it. Rejected: encrypting it with a key in the same database (no protection from whoever reads the
 * database) or with a key from configuration (one more secret to keep, and losing it breaks every endpoint
 * at once). So it is shown once, at creation or rotation, never returned by a read, and a leaked one is
 * replaced with {@link #rotateSecret}.
 */
@Service
public class WebhookService {

    static final int MAX_DESCRIPTION = 200;

    private final EndpointRepository endpoints;
    private final DeliveryRepository deliveries;
    private final UrlGuard guard;
    private final WebhookProperties props;
    private final Clock clock;

    WebhookService(EndpointRepository endpoints, DeliveryRepository deliveries, UrlGuard guard,
                   WebhookProperties props, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.guard = guard;
        this.props = props;
        this.clock = clock;
    }

    public List<WebhookEndpoint> endpoints() {
        return endpoints.all();
    }

    public WebhookEndpoint endpoint(long id) {
        return endpoints.find(id).orElseThrow(() -> new NotFoundException("no webhook endpoint " + id));
    }

    /** Registers an endpoint with a new secret, returned this once. */
    @Transactional
    public IssuedSecret register(SaveEndpoint cmd) {
        Checked c = check(cmd);
        String secret = WebhookSignature.newSecret();
        long id = endpoints.insert(c.url(), c.description(), c.active(), c.events(), secret, clock.instant());
        return new IssuedSecret(endpoint(id), secret);
    }

    /** Replaces url, events, description and active. Deactivating fails the pending deliveries. */
    @Transactional
    public WebhookEndpoint update(long id, SaveEndpoint cmd) {
        Checked c = check(cmd);
        Instant now = clock.instant();
        if (!endpoints.update(id, c.url(), c.description(), c.active(), c.events(), now)) {
            throw new NotFoundException("no webhook endpoint " + id);
        }
        if (!c.active()) {
            deliveries.failPending(id, "endpoint deactivated", now);
        }
        return endpoint(id);
    }

    /** Deletes the endpoint with its deliveries and their log. */
    @Transactional
    public void delete(long id) {
        if (!endpoints.delete(id)) {
            throw new NotFoundException("no webhook endpoint " + id);
        }
    }

    /**
     * A new secret, returned this once. The previous one keeps signing alongside it for
     * {@code masthead.webhooks.secret-overlap}, so the receiver can switch without refusing deliveries.
     */
    @Transactional
    public IssuedSecret rotateSecret(long id) {
        String secret = WebhookSignature.newSecret();
        Instant now = clock.instant();
        if (!endpoints.rotateSecret(id, secret, now.plus(props.secretOverlap()), now)) {
            throw new NotFoundException("no webhook endpoint " + id);
        }
        return new IssuedSecret(endpoint(id), secret);
    }

    /** The newest deliveries to an endpoint, each with its attempts. */
    public List<WebhookDelivery> recentDeliveries(long endpointId, int limit) {
        endpoint(endpointId);
        return deliveries.recent(endpointId, Math.max(1, Math.min(limit, 100)));
    }

    /** Sends a delivery again, with the same id and body and a fresh set of attempts, on the next run of the job. */
    @Transactional
    public WebhookDelivery redeliver(long endpointId, String deliveryId) {
        if (!endpoint(endpointId).active()) {
            throw new InvalidInputException("active", "the endpoint is inactive; activate it first");
        }
        if (!deliveries.redeliver(endpointId, deliveryId, clock.instant())) {
            throw new NotFoundException("no delivery " + deliveryId + " to webhook endpoint " + endpointId);
        }
        return deliveries.find(endpointId, deliveryId).orElseThrow();
    }

    private record Checked(String url, Set<WebhookEventType> events, String description, boolean active) { }

    private Checked check(SaveEndpoint cmd) {
        List<FieldError> errors = new ArrayList<>();
        String url = collect(errors, () -> guard.registrable(cmd.url()));
        Set<WebhookEventType> events = collect(errors, () -> WebhookEventType.parseAll(cmd.events(), "events"));
        String description = cmd.description() == null ? "" : cmd.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "at most " + MAX_DESCRIPTION + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(url, events, description, cmd.active() == null || cmd.active());
    }

    private static <T> T collect(List<FieldError> errors, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
