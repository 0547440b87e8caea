package org.masthead.newsletter;

import java.util.Optional;

/**
 * Without an SMTP server (a developer's machine), a send may reach only a handful of candidates, whose messages are
 * kept in the outbox to be read there; a larger one is refused before anything is written, so nobody believes a
 * list was sent that never left the machine. Pure, and tested as a table.
 */
final class DevSends {

    private DevSends() {
    }

    /**
     * @param smtp       an SMTP server is configured
     * @param candidates the list's audience, counted up to {@code limit + 1}
     * @return why the send is refused; empty when it may go
     */
    static Optional<String> refusal(boolean smtp, int candidates, int limit) {
        if (smtp || candidates <= limit) {
            return Optional.empty();
        }
        return Optional.of("No mail server is configured (MASTHEAD_SMTP_HOST), so a send may reach at most " + limit
                + " recipients, whose messages are kept in the outbox for a developer to read. This list has more: "
                + "nothing was sent. Configure SMTP to send it.");
    }
}
