package org.masthead.platform;

import java.util.Map;

/**
 * What a form shows again after the server refused it: the values the person typed (nothing they typed is
 * lost) and a message per field. Templates read {@link #value} and {@link #error}; empty means none.
 */
public record Form(Map<String, String> values, Map<String, String> errors) {

    public static final Form EMPTY = new Form(Map.of(), Map.of());

    public static Form of(Map<String, String> values, InvalidInputException e) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        return new Form(values, errors);
    }

    public static Form values(Map<String, String> values) {
        return new Form(values, Map.of());
    }

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    public String error(String field) {
        String e = errors.get(field);
        return e == null ? "" : e;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
