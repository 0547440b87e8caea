package org.masthead.newsletter;

import org.masthead.mail.MailService;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One event a mail relay reports after a send: a bounce (permanent or not) or a complaint, about an address. The
 * body is one such object or an array of them:
 * {@code {"type":"bounce","email":"ann@example.org","permanent":true,"reason":"550 5.1.1 no such user",
 * "occurredAt":"2026-11-30T06:31:00Z"}}. Parsing is all or nothing: any bad event refuses the whole body.
 */
record RelayReport(String type, String email, boolean permanent, String reason, Instant occurredAt) {

    static final int MAX_EVENTS = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("type", "email", "permanent", "reason", "occurredAt");

    boolean complaint() {
        return type.equals("complaint");
    }

    /** The events in the body; {@link IllegalArgumentException} says what is wrong with the first bad one. */
    static List<RelayReport> parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON");
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(nodes::add);
        } else if (root != null && root.isObject()) {
            nodes.add(root);
        }
        if (nodes.isEmpty() || nodes.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("one event object, or an array of 1 to " + MAX_EVENTS);
        }
        List<RelayReport> events = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            try {
                events.add(event(nodes.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException((nodes.size() > 1 ? "event " + i + ": " : "") + e.getMessage());
            }
        }
        return events;
    }

    private static RelayReport event(JsonNode n) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("an object");
        }
        n.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field " + name);
            }
        });
        String type = text(n, "type");
        if (!type.equals("bounce") && !type.equals("complaint")) {
            throw new IllegalArgumentException("type is bounce or complaint");
        }
        String email = text(n, "email").strip();
        MailService.addressProblem(email).ifPresent(problem -> {
            throw new IllegalArgumentException("email: " + problem);
        });
        JsonNode permanent = n.path("permanent");
        if (!permanent.isMissingNode() && !permanent.isBoolean()) {
            throw new IllegalArgumentException("permanent is true or false");
        }
        String reason = n.path("reason").isString() ? n.path("reason").asString() : null;
        if (reason != null && reason.length() > Suppressions.MAX_DETAIL) {
            throw new IllegalArgumentException("reason: at most " + Suppressions.MAX_DETAIL + " characters");
        }
        return new RelayReport(type, email, permanent.asBoolean(false), reason, occurredAt(n.path("occurredAt")));
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isString() ? n.path(field).asString() : "";
    }

    private static Instant occurredAt(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        try {
            return Instant.parse(n.isString() ? n.asString() : "");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("occurredAt is an ISO 8601 instant such as 2026-11-30T06:31:00Z");
        }
    }
}
