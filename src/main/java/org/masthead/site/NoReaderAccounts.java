package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Until reader accounts exist, nobody is signed in: subscribe pages ask readers to sign in first. */
@Component
class NoReaderAccounts implements SignedInReader {

    @Override
    public Optional<Reader> of(HttpServletRequest request) {
        return Optional.empty();
    }
}
