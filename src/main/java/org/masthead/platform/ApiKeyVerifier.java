package org.masthead.platform;

import java.util.Optional;

/** Checks a bearer token sent to the Admin API; implemented by the staff module, which owns API keys. */
public interface ApiKeyVerifier {

    /** The name of the key's holder when the token is a live key. */
    Optional<String> verify(String token);
}
