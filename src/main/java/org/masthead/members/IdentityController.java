package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What page script needs to show the reader's name in the header of a cached page. {@code GET} answers from
 * the identity cookie alone (no database); when it says {@code renew}, the browser holds a session but its
 * identity expired, and script posts once to renew it from the database session.
 */
@RestController
class IdentityController {

    /** {@code name} is empty for a reader who has not chosen one. */
    record IdentityJson(boolean signedIn, String name, boolean renew) { }

    private final Readers readers;
    private final ReaderSessions sessions;

    IdentityController(Readers readers, ReaderSessions sessions) {
        this.readers = readers;
        this.sessions = sessions;
    }

    @GetMapping(value = "/account/identity", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IdentityJson> identity(HttpServletRequest req) {
        IdentityJson body = readers.identify(req).map(who -> new IdentityJson(true, who.displayName(), false))
                .orElseGet(() -> new IdentityJson(false, "", readers.identityStale(req)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(body);
    }

    @PostMapping(value = "/account/identity", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IdentityJson> renew(HttpServletRequest req, HttpServletResponse res) {
        IdentityJson body = sessions.renew(req, res).map(who -> new IdentityJson(true, who.displayName(), false))
                .orElseGet(() -> new IdentityJson(false, "", false));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(body);
    }
}
