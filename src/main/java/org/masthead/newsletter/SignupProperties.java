package org.masthead.newsletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-ups by address (double opt-in).
 *
 * @param lifetime how long a confirmation link works (env MASTHEAD_NEWSLETTER_SIGNUP_LIFETIME); an unconfirmed
 *                 sign-up is deleted once it has passed
 */
@ConfigurationProperties("masthead.newsletter.signup")
record SignupProperties(@DefaultValue("48h") Duration lifetime) {
}
