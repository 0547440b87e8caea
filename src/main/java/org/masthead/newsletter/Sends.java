package org.masthead.newsletter;

import org.masthead.mail.BulkMail;
import org.masthead.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Starting and resuming sends. Starting one only writes the send (state PREPARING); the node's workers write its
 * candidates and send its batches ({@link SendWorkers}), so an issue's staff member gets an answer at once and a
 * crash at any moment leaves everything needed to go on in the database.
 */
@Service
public class Sends implements IssueStarter {

    private final SendRepository sends;
    private final BatchRepository batches;
    private final IssueRepository issues;
    private final NewsletterLists lists;
    private final Audiences audiences;
    private final BulkMail bulk;
    private final NewsletterProperties props;
    private final Clock clock;

    Sends(SendRepository sends, BatchRepository batches, IssueRepository issues, NewsletterLists lists,
          Audiences audiences, BulkMail bulk, NewsletterProperties props, Clock clock) {
        this.sends = sends;
        this.batches = batches;
        this.issues = issues;
        this.lists = lists;
        this.audiences = audiences;
        this.bulk = bulk;
        this.props = props;
        this.clock = clock;
    }

    /**
     * Sends an issue to its list and returns the send's id; starting an issue that already has a send (on any
     * node) returns that one. Refuses ({@link SendRefusedException}) a large send without an SMTP server, before
     * anything is written; throws {@link NotFoundException} for an issue that does not exist.
     */
    @Transactional
    public long start(long issueId, Long staffId) {
        var existing = sends.byIssue(issueId);
        if (existing.isPresent()) {
            return existing.get();
        }
        IssueContent issue = issues.find(issueId).orElseThrow(() -> new NotFoundException("no issue " + issueId));
        NewsletterList list = lists.require(issue.listId());
        int counted = bulk.sending() ? 0 : audiences.countUpTo(list, props.devLimit() + 1);
        DevSends.refusal(bulk.sending(), counted, props.devLimit()).ifPresent(why -> {
            throw new SendRefusedException(why);
        });
        return sends.insertOnce(issueId, list.id(), staffId, clock.instant());
    }

    /** A failed send goes on where it stopped; false when it was not failed. */
    @Transactional
    public boolean resume(long sendId) {
        sends.find(sendId).orElseThrow(() -> new NotFoundException("no send " + sendId));
        if (!sends.resume(sendId)) {
            return false;
        }
        batches.resume(sendId, clock.instant());
        return true;
    }
}
