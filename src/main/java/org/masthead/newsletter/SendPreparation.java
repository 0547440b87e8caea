package org.masthead.newsletter;

import org.masthead.members.MemberDirectory;
import org.masthead.newsletter.DeliveryRepository.Candidate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes a starting send's candidates into the database, one page of the list's audience (in member id order) per
 * transaction: its deliveries with the members' addresses, grouped into batches that workers may send at once,
 * and the send's cursor moved past the page. A crash loses at most the page being written; the next page starts
 * at the cursor. Two workers preparing the same send race on the cursor: one page stands, the other rolls back.
 * Never more than a page of ids in memory.
 */
@Component
class SendPreparation {

    static final int PAGE = MemberDirectory.MAX_IDS;

    private final SendRepository sends;
    private final BatchRepository batches;
    private final DeliveryRepository deliveries;
    private final NewsletterLists lists;
    private final Audiences audiences;
    private final MemberDirectory directory;
    private final NewsletterProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    SendPreparation(SendRepository sends, BatchRepository batches, DeliveryRepository deliveries, NewsletterLists lists,
                    Audiences audiences, MemberDirectory directory, NewsletterProperties props, TransactionTemplate tx,
                    Clock clock) {
        this.sends = sends;
        this.batches = batches;
        this.deliveries = deliveries;
        this.lists = lists;
        this.audiences = audiences;
        this.directory = directory;
        this.props = props;
        this.tx = tx;
        this.clock = clock;
    }

    /** Writes the next page of the first send being prepared; false when no send waited for one. */
    boolean prepareNextPage() {
        for (long id : sends.preparing()) {
            try {
                if (Boolean.TRUE.equals(tx.execute(status -> {
                    boolean wrote = page(id);
                    if (!wrote) {
                        status.setRollbackOnly();
                    }
                    return wrote;
                }))) {
                    return true;
                }
            } catch (DuplicateKeyException raced) {
                // another worker wrote this page first
            }
        }
        return false;
    }

    private boolean page(long sendId) {
        Send send = sends.find(sendId).orElseThrow();
        if (send.state() != SendState.PREPARING) {
            return false;
        }
        NewsletterList list = lists.require(send.listId());
        long from = send.preparedUntil();
        List<Long> ids = audiences.after(list, from, PAGE);
        Instant now = clock.instant();
        if (ids.isEmpty()) {
            return sends.prepared(sendId, from, deliveries.count(sendId), now);
        }
        Map<Long, String> addresses = directory.emails(ids);
        int seq = batches.lastSeq(sendId);
        for (int start = 0; start < ids.size(); start += props.batchSize()) {
            List<Candidate> slice = ids.subList(start, Math.min(ids.size(), start + props.batchSize())).stream()
                    .map(id -> new Candidate(id, addresses.get(id))).toList();
            deliveries.insert(sendId, batches.insert(sendId, ++seq, now), slice);
        }
        long to = ids.get(ids.size() - 1);
        if (!sends.advance(sendId, from, to)) {
            return false;
        }
        return ids.size() == PAGE || sends.prepared(sendId, to, deliveries.count(sendId), now);
    }
}
