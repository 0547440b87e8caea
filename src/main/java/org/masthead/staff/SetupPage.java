package org.masthead.staff;

import java.util.Map;

/** What the setup page shows; {@code errors} maps a field to its message. */
public record SetupPage(String token, String csrfName, String csrfToken, String email, String name,
                        Map<String, String> errors, boolean done) {

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }
}
