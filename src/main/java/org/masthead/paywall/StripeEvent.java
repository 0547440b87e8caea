package org.masthead.paywall;

import tools.jackson.databind.JsonNode;

/**
 * A verified Stripe event: its id (processed once), type, {@code created} second (the version of the state it
 * carries) and {@code data.object}. Fields are read from the JSON by name rather than through stripe-java's
 * typed models, which only deserialize events of the library's own API version; the few fields used here are
 * read where either the account's older or newer API version puts them.
 */
record StripeEvent(String id, String type, long created, JsonNode object) {

    String text(String field) {
        return text(object, field);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() && !v.asString().isBlank() ? v.asString() : null;
    }

    /** A positive id from the object's field or metadata, or null. */
    static Long id(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.parseLong(value);
    }

    Long metadataId(String key) {
        return id(text(object.path("metadata"), key));
    }
}
