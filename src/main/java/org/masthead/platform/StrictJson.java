package org.masthead.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON request type whose unknown properties are refused (400 naming the property) rather than
 * silently dropped, so a misspelt field in a script fails loudly instead of losing data. Opt-in, because
 * Jackson 3 ignores unknown properties by default and payloads from outside (webhooks) must keep doing so.
 * Read-only properties a client may echo back are listed in {@code @JsonIgnoreProperties} on the type.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StrictJson {
}
