package org.masthead.paywall;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.members.ReaderIdentity;
import org.masthead.members.Readers;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Article pages' reader from the members module's signed identity cookie: verified in memory, never the session. */
@Component
class MembersReaderIdentities implements ReaderIdentities {

    private final Readers readers;

    MembersReaderIdentities(Readers readers) {
        this.readers = readers;
    }

    @Override
    public Optional<Long> member(HttpServletRequest request) {
        return readers.identify(request).map(ReaderIdentity::memberId);
    }

    @Override
    public boolean returning(HttpServletRequest request) {
        return readers.identityStale(request);
    }
}
