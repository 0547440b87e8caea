package org.masthead.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ownerEmail     with {@code ownerPassword}, creates the owner on first start (env MASTHEAD_OWNER_EMAIL)
 * @param bcryptStrength cost of password hashes; 12 in production (OWASP), lowered only in tests
 * @param secureCookies  mark staff cookies Secure; unset, they are Secure exactly when the base URL is https
 */
@ConfigurationProperties("masthead.staff")
public record StaffProperties(
        @DefaultValue("") String ownerEmail,
        @DefaultValue("") String ownerPassword,
        @DefaultValue("Owner") String ownerName,
        @DefaultValue("12") int bcryptStrength,
        Boolean secureCookies) {
}
