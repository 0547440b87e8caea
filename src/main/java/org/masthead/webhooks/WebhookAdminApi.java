package org.masthead.webhooks;

import org.masthead.platform.JsonApi;
import org.masthead.webhooks.WebhookAdminJson.AdminDelivery;
import org.masthead.webhooks.WebhookAdminJson.AdminEndpoint;
import org.masthead.webhooks.WebhookAdminJson.EndpointRequest;
import org.masthead.webhooks.WebhookAdminJson.EndpointWithSecret;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * Admin API for webhooks: {@code /api/admin/webhooks}, behind a bearer API key (see SecurityConfig). The
 * secret appears in the answers to registration and rotation only; the rules live in {@link WebhookService}.
 */
@RestController
@JsonApi
@RequestMapping(value = "/api/admin/webhooks", produces = "application/json")
class WebhookAdminApi {

    private static final String BASE = "/api/admin/webhooks/";

    private final WebhookService webhooks;

    WebhookAdminApi(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    List<AdminEndpoint> list() {
        return webhooks.endpoints().stream().map(AdminEndpoint::of).toList();
    }

    @GetMapping("/{id}")
    AdminEndpoint get(@PathVariable long id) {
        return AdminEndpoint.of(webhooks.endpoint(id));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<EndpointWithSecret> create(@RequestBody EndpointRequest body) {
        IssuedSecret issued = webhooks.register(body.command());
        return ResponseEntity.created(URI.create(BASE + issued.endpoint().id())).body(EndpointWithSecret.of(issued));
    }

    @PutMapping(value = "/{id}", consumes = "application/json")
    AdminEndpoint update(@PathVariable long id, @RequestBody EndpointRequest body) {
        return AdminEndpoint.of(webhooks.update(id, body.command()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        webhooks.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rotate-secret")
    EndpointWithSecret rotateSecret(@PathVariable long id) {
        return EndpointWithSecret.of(webhooks.rotateSecret(id));
    }

    @GetMapping("/{id}/deliveries")
    List<AdminDelivery> deliveries(@PathVariable long id, @RequestParam(defaultValue = "20") int limit) {
        return webhooks.recentDeliveries(id, limit).stream().map(AdminDelivery::of).toList();
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    ResponseEntity<AdminDelivery> redeliver(@PathVariable long id, @PathVariable String deliveryId) {
        return ResponseEntity.accepted().body(AdminDelivery.of(webhooks.redeliver(id, deliveryId)));
    }
}
