package org.masthead.content;

import org.masthead.content.ArticleEvents.ArticlePublished;
import org.masthead.content.ArticleEvents.ArticleSubmitted;
import org.masthead.content.ArticleEvents.ArticleUnpublished;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.VersionConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.masthead.content.ArticleStatus.DRAFT;
import static org.masthead.content.ArticleStatus.PUBLISHED;
import static org.masthead.content.ArticleStatus.SCHEDULED;
import static org.masthead.content.ArticleStatus.SUBMITTED;
import static org.masthead.content.ArticleStatus.UNPUBLISHED;

/**
 * The status changes: draft → submitted for review (→ back to draft when withdrawn) → scheduled or published →
 * unpublished. Each is a guarded {@code UPDATE … WHERE status IN (…)}, so it happens once even when two people or
 * nodes try at the same moment, and keeps a revision naming who did it ({@code by}, a staff user id or null).
 * Who may do which is decided by the caller (the newsroom's workflow policy), not here.
 */
@Service
public class ArticleWorkflow {

    private static final List<ArticleStatus> PUBLISHABLE = List.of(DRAFT, SUBMITTED, SCHEDULED, UNPUBLISHED);

    private final ArticleRepository repo;
    private final ArticleChanges changes;
    private final Clock clock;

    ArticleWorkflow(ArticleRepository repo, ArticleChanges changes, Clock clock) {
        this.repo = repo;
        this.changes = changes;
        this.clock = clock;
    }

    /** Sends a draft to the editors; announces {@link ArticleSubmitted} (readers see nothing). */
    @Transactional
    public Article submit(long id, Integer expectedVersion, Long by) {
        Instant now = move(id, List.of(DRAFT), SUBMITTED, expectedVersion, null, by, "submit");
        changes.publish(new ArticleSubmitted(new ArticleId(id), now));
        return changes.kept(id, RevisionKind.SUBMITTED, by, null);
    }

    /** Takes a submitted article back to draft (its author withdrawing it, or an editor returning it). */
    @Transactional
    public Article withdraw(long id, Integer expectedVersion, Long by) {
        move(id, List.of(SUBMITTED), DRAFT, expectedVersion, null, by, "withdraw");
        return changes.kept(id, RevisionKind.WITHDRAWN, by, null);
    }

    @Transactional
    public Article publish(long id, Integer expectedVersion, Long by) {
        Instant now = move(id, PUBLISHABLE, PUBLISHED, expectedVersion, null, by, "publish");
        changes.announce(id, new ArticlePublished(new ArticleId(id), now));
        return changes.kept(id, RevisionKind.PUBLISHED, by, null);
    }

    /** Goes live at {@code at} through {@link ScheduledPublishing}; exactly once across nodes. */
    @Transactional
    public Article schedule(long id, Instant at, Integer expectedVersion, Long by) {
        if (at == null || !at.isAfter(clock.instant())) {
            throw new InvalidInputException("publishAt", "must be in the future");
        }
        move(id, PUBLISHABLE, SCHEDULED, expectedVersion, at, by, "schedule");
        changes.publish(new ScheduledPublishing.PublicationScheduled(id, at));
        return changes.kept(id, RevisionKind.SCHEDULED, by, null);
    }

    /** Publishes a scheduled article whose time has come; false when another node (or an edit) got there first. */
    @Transactional
    public boolean publishDue(long id) {
        Instant now = clock.instant();
        Article a = changes.find(id).orElse(null);
        if (a == null || a.status() != SCHEDULED || a.scheduledAt().isAfter(now)
                || !repo.transition(id, List.of(SCHEDULED), PUBLISHED, a.version(), now, null, null)) {
            return false;
        }
        changes.announce(id, new ArticlePublished(new ArticleId(id), now));
        changes.kept(id, RevisionKind.PUBLISHED, null, null);
        return true;
    }

    @Transactional
    public Article unpublish(long id, Integer expectedVersion, Long by) {
        Instant now = move(id, List.of(PUBLISHED, SCHEDULED), UNPUBLISHED, expectedVersion, null, by, "unpublish");
        changes.announce(id, new ArticleUnpublished(new ArticleId(id), now));
        return changes.kept(id, RevisionKind.UNPUBLISHED, by, null);
    }

    private Instant move(long id, List<ArticleStatus> from, ArticleStatus to, Integer expectedVersion, Instant at,
                         Long by, String action) {
        Article a = changes.load(id);
        Instant now = clock.instant();
        if (!repo.transition(id, from, to, expectedVersion, now, at, by)) {
            throw refused(a, expectedVersion, action);
        }
        return now;
    }

    private static RuntimeException refused(Article a, Integer expectedVersion, String action) {
        if (expectedVersion != null && expectedVersion != a.version()) {
            return new VersionConflictException("article " + a.id() + " is at version " + a.version()
                    + ", not " + expectedVersion);
        }
        return new InvalidInputException("status", "cannot " + action + " an article that is "
                + a.status().name().toLowerCase(java.util.Locale.ROOT));
    }
}
