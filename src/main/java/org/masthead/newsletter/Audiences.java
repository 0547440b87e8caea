package org.masthead.newsletter;

import org.masthead.members.Consents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a list goes to: its subscribers (rows of {@code newsletter_subscription} with {@code subscribed}), or for
 * an offers list the members whose latest offers consent is a grant (the consent ledger, through
 * {@link Consents}). Read a page at a time, in member id order, and asked again about a batch just before it goes.
 */
@Component
class Audiences {

    private final JdbcClient db;
    private final Consents consents;

    Audiences(JdbcClient db, Consents consents) {
        this.db = db;
        this.consents = consents;
    }

    /** Up to {@code limit} members of the list's audience with ids above {@code afterId}, in id order. */
    List<Long> after(NewsletterList list, long afterId, int limit) {
        if (list.kind() == ListKind.OFFERS) {
            return consents.grantedAfter(Consents.OFFERS, afterId, limit);
        }
        return db.sql("""
                SELECT member_id FROM newsletter_subscription
                WHERE list_id = :list AND subscribed = TRUE AND member_id > :after ORDER BY member_id LIMIT :limit
                """).param("list", list.id()).param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    /** Which of these members (at most 1000) are in the list's audience now. */
    Set<Long> among(NewsletterList list, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        if (list.kind() == ListKind.OFFERS) {
            return consents.grantedAmong(Consents.OFFERS, memberIds);
        }
        // the range lets H2 read only the batch's slice of the list's index; an IN list alone made it read the list
        return new HashSet<>(db.sql("""
                SELECT member_id FROM newsletter_subscription
                WHERE list_id = :list AND subscribed = TRUE AND member_id BETWEEN :low AND :high AND member_id IN (:ids)
                """).param("list", list.id()).param("low", Collections.min(memberIds)).param("high", Collections.max(memberIds))
                .param("ids", memberIds).query(Long.class).list());
    }

    /** How many members the list reaches now, for the question before a send. */
    long count(NewsletterList list) {
        if (list.kind() == ListKind.OFFERS) {
            return consents.countGranted(Consents.OFFERS);
        }
        return db.sql("SELECT COUNT(*) FROM newsletter_subscription WHERE list_id = :list AND subscribed = TRUE")
                .param("list", list.id()).query(Long.class).single();
    }

    /** How many the audience holds, counting no further than {@code upTo}. */
    int countUpTo(NewsletterList list, int upTo) {
        return after(list, 0, upTo).size();
    }
}
