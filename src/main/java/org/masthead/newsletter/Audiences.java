package org.masthead.newsletter;

import org.masthead.members.Consents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many members a list reaches now, for the question before a send: a news list's subscribers, an offers
 * list's members whose latest offers consent is a grant. The send itself counts its candidates when it starts.
 */
@Component
class Audiences {

    private final JdbcClient db;
    private final Consents consents;

    Audiences(JdbcClient db, Consents consents) {
        this.db = db;
        this.consents = consents;
    }

    long count(NewsletterList list) {
        if (list.kind() == ListKind.OFFERS) {
            return consents.countGranted(Consents.OFFERS);
        }
        return db.sql("SELECT COUNT(*) FROM newsletter_subscription WHERE list_id = :list AND subscribed = TRUE")
                .param("list", list.id()).query(Long.class).single();
    }
}
