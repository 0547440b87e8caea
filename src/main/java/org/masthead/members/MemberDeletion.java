package org.masthead.members;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Ends accounts whose deletion grace period is over, on one node at a time (db-scheduler), each in its own
 * transaction and safe to run twice: consents still granted are withdrawn in the ledger, sessions, saved
 * stories and open e-mail challenges are deleted, the member row is emptied of address, name and password
 * (its id stays, as the ledger names it), a last e-mail says so, and {@link MemberDeleted} tells the other
 * modules to delete theirs. Also prunes expired sessions and challenges.
 */
@Component
class MemberDeletion {

    private static final Logger log = LoggerFactory.getLogger(MemberDeletion.class);
    static final String SOURCE = "account-deleted";
    static final int BATCH = 100;

    private final MemberRepository members;
    private final ReaderSessionRepository sessions;
    private final ChallengeRepository challenges;
    private final SavedStories saved;
    private final Consents consents;
    private final ReaderMailer mail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    MemberDeletion(MemberRepository members, ReaderSessionRepository sessions, ChallengeRepository challenges,
                   SavedStories saved, Consents consents, ReaderMailer mail, ApplicationEventPublisher events,
                   TransactionTemplate tx, Clock clock) {
        this.members = members;
        this.sessions = sessions;
        this.challenges = challenges;
        this.saved = saved;
        this.consents = consents;
        this.mail = mail;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Deletes every member now due; returns how many. A member whose deletion fails (another module could not
     * finish its part, say Stripe was unreachable) stays due for the next run and holds up nobody else.
     */
    int deleteDue() {
        int done = 0;
        boolean progressed;
        List<Long> due;
        do {
            progressed = false;
            due = members.dueForDeletion(clock.instant(), BATCH);
            for (long id : due) {
                if (deleteOne(id)) {
                    done++;
                    progressed = true;
                }
            }
        } while (due.size() == BATCH && progressed); // a full batch of failures would come back forever
        return done;
    }

    private boolean deleteOne(long id) {
        try {
            return Boolean.TRUE.equals(tx.execute(s -> delete(id)));
        } catch (RuntimeException e) {
            log.warn("Could not delete member {} yet; the next run tries again: {}", id, e.toString());
            return false;
        }
    }

    private boolean delete(long id) {
        MemberRepository.Row m = members.byId(id).orElse(null);
        Instant now = clock.instant();
        if (m == null || m.deletionDueAt() == null || m.deletionDueAt().isAfter(now)) {
            return false; // deleted by another run, or kept meanwhile
        }
        consents.withdrawAll(id, SOURCE);
        sessions.deleteAll(id);
        saved.removeAll(id);
        challenges.deleteFor(id);
        mail.deleted(m.email());
        if (!members.anonymize(id, now)) {
            throw new IllegalStateException("member " + id + " changed while being deleted");
        }
        events.publishEvent(new MemberDeleted(id, m.email()));
        return true;
    }

    void prune() {
        Instant now = clock.instant();
        sessions.prune(now);
        challenges.prune(now.minus(Duration.ofDays(1)));
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        RecurringTask<Void> membersDeleteDue(@Lazy MemberDeletion deletion) {
            return Tasks.recurring("members-delete-due", FixedDelay.of(Duration.ofHours(1)))
                    .execute((instance, ctx) -> {
                        int deleted = deletion.deleteDue();
                        if (deleted > 0) {
                            log.info("Deleted {} reader account(s) after their grace period", deleted);
                        }
                        deletion.prune();
                    });
        }
    }
}
