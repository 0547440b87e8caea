package org.masthead.members;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param bcryptStrength   cost of reader password hashes; 12 in production (OWASP), lowered only in tests
 * @param secureCookies    mark reader cookies Secure; unset, they are Secure exactly when the base URL is https
 * @param sessionLifetime  how long a reader stays signed in without coming back (each visit to an account page
 *                         or renewal of the identity cookie extends it)
 * @param identityLifetime life of the signed identity cookie article pages trust without the database; also how
 *                         long a signed-out or deleted session may still be recognised there
 * @param codeLifetime     life of an e-mailed sign-in code and link (10 minutes at most)
 * @param resetLifetime    life of a password reset link
 * @param emailChangeLifetime life of the link that confirms a new e-mail address
 * @param deletionGrace    how long a deleted account can still be restored by signing in
 */
@ConfigurationProperties("masthead.members")
public record MembersProperties(
        @DefaultValue("12") int bcryptStrength,
        Boolean secureCookies,
        @DefaultValue("30d") Duration sessionLifetime,
        @DefaultValue("30m") Duration identityLifetime,
        @DefaultValue("10m") Duration codeLifetime,
        @DefaultValue("1h") Duration resetLifetime,
        @DefaultValue("24h") Duration emailChangeLifetime,
        @DefaultValue("14d") Duration deletionGrace) {

    public MembersProperties {
        if (codeLifetime.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("masthead.members.code-lifetime: 10 minutes at most");
        }
    }
}
