package org.masthead.mail;

import org.masthead.mail.BulkOutcome.Result;
import org.masthead.platform.InvalidInputException;

/**
 * Without an SMTP server: each message goes into the outbox as KEPT (kind {@code newsletter}), where a developer
 * reads it. Its List-* headers, sender and Message-ID are not kept; the outbox stores what it always stores.
 */
final class KeptConnection implements BulkMail.Connection {

    static final String KIND = "newsletter";

    private final MailService outbox;

    KeptConnection(MailService outbox) {
        this.outbox = outbox;
    }

    @Override
    public BulkOutcome send(BulkMessage m) {
        try {
            long id = outbox.send(new OutgoingMail(m.to(), m.subject(), m.text(), m.html(), KIND));
            return BulkOutcome.sent("kept in the outbox as message " + id);
        } catch (InvalidInputException refused) {
            return new BulkOutcome(Result.PERMANENT, 0, refused.getMessage());
        }
    }

    @Override
    public void close() {
        // nothing held
    }
}
