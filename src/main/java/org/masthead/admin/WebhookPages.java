package org.masthead.admin;

import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the webhooks screens. */
public final class WebhookPages {
    private WebhookPages() {
    }

    /** An event a receiver may subscribe to, ticked or not in the form. */
    public record EventOption(String value, boolean checked) { }

    /** {@code state} is active, inactive or disabled (switched off after repeated failures, {@code reason} says why). */
    public record EndpointRow(long id, String url, String description, List<String> events, String state,
                              String reason) { }

    public record ListPage(StaffChrome chrome, List<EndpointRow> endpoints, Form form, List<EventOption> events,
                           String notice) { }

    /** One attempt: its time, the receiver's status (or "no answer"), how long it took, and what came back. */
    public record AttemptRow(String at, String status, boolean ok, String duration, String response, String error) { }

    public record DeliveryRow(String id, String event, String status, String created, int attempts, String next,
                              String outcome, String redeliverAction, List<AttemptRow> log) { }

    /**
     * One endpoint: its form, and {@code secret} when one was just issued (shown this once); {@code error} when
     * a redelivery was refused.
     */
    public record EndpointPage(StaffChrome chrome, long id, String url, String state, String reason, Form form,
                               List<EventOption> events, String secret, List<DeliveryRow> deliveries, String notice,
                               String error) { }
}
