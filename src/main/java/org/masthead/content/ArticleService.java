package org.masthead.content;

import org.masthead.content.ArticleEvents.ArticleDeleted;
import org.masthead.content.ArticleEvents.ArticlePublished;
import org.masthead.content.ArticleEvents.ArticleUpdated;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.VersionConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Articles' fields: create, edit (with optimistic locking), autosave, delete, corrections, import. Every save
 * keeps a revision in the same transaction ({@link ArticleRevisions}); every change that readers can see
 * publishes an event and writes to the change feed, so caches on every node follow. Status changes are
 * {@link ArticleWorkflow}'s; the methods here without {@code by} are the Admin API's (no staff user) and stay
 * for it. {@code by} is the staff user id making the change.
 */
@Service
public class ArticleService {

    static final String TOPIC = "article";

    /** The stored article and what the sanitizer removed from the body. */
    public record Saved(Article article, List<String> removed) { }

    private final ArticleRepository repo;
    private final ArticleValidation validation;
    private final ArticleChanges changes;
    private final ArticleWorkflow workflow;
    private final Clock clock;

    ArticleService(ArticleRepository repo, ArticleValidation validation, ArticleChanges changes,
                   ArticleWorkflow workflow, Clock clock) {
        this.repo = repo;
        this.validation = validation;
        this.changes = changes;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public Saved create(ArticleDraft draft) {
        return create(draft, null);
    }

    @Transactional
    public Saved create(ArticleDraft draft, Long by) {
        ArticleValidation.Checked c = validation.check(draft, 0);
        long id = repo.insert(c.values(), ArticleStatus.DRAFT, clock.instant(), by);
        attach(id, c);
        return new Saved(changes.kept(id, RevisionKind.CREATED, by, null), c.body().removed());
    }

    /**
     * Replaces the editable fields when {@code expectedVersion} is current. On a published article this
     * sets the "Updated" time readers see, unless {@code minorEdit} (a typo fix) says otherwise.
     */
    @Transactional
    public Saved update(long id, int expectedVersion, ArticleDraft draft, boolean minorEdit) {
        return save(id, expectedVersion, draft, minorEdit, null, RevisionKind.SAVED, null);
    }

    @Transactional
    public Saved update(long id, int expectedVersion, ArticleDraft draft, boolean minorEdit, Long by) {
        return save(id, expectedVersion, draft, minorEdit, by, RevisionKind.SAVED, null);
    }

    /**
     * A save made by the editor on its own while someone types. Only articles readers cannot see and that are not
     * about to go out (drafts, submitted, unpublished): a half-typed sentence must never reach a live page.
     */
    @Transactional
    public Saved autosave(long id, int expectedVersion, ArticleDraft draft, Long by) {
        ArticleStatus status = changes.load(id).status();
        if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED) {
            throw new InvalidInputException("status", "a " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " article is saved only when you save it");
        }
        return save(id, expectedVersion, draft, true, by, RevisionKind.AUTOSAVED, null);
    }

    /** Saves the fields as a new version of kind {@code kind}; {@code restoredFrom} names a restored version. */
    Saved save(long id, int expectedVersion, ArticleDraft draft, boolean minorEdit, Long by, RevisionKind kind,
               Integer restoredFrom) {
        Article before = changes.load(id);
        ArticleValidation.Checked c = validation.check(draft, id);
        Instant now = clock.instant();
        Instant updated = before.isPublished() && !minorEdit ? now : null;
        if (!repo.update(id, expectedVersion, c.values(), now, updated, by)) {
            throw new VersionConflictException("article " + id + " is at version " + before.version()
                    + ", not " + expectedVersion + "; reload it and apply your change again");
        }
        if (!before.slug().equals(c.values().slug())) {
            repo.rememberOldSlug(before.slug(), id);
        }
        attach(id, c);
        Article after = changes.kept(id, kind, by, restoredFrom);
        if (before.isPublished()) {
            changes.announce(id, new ArticleUpdated(new ArticleId(id), now));
        }
        return new Saved(after, c.body().removed());
    }

    public Article publish(long id, Integer expectedVersion) {
        return workflow.publish(id, expectedVersion, null);
    }

    public Article schedule(long id, Instant at, Integer expectedVersion) {
        return workflow.schedule(id, at, expectedVersion, null);
    }

    public boolean publishDue(long id) {
        return workflow.publishDue(id);
    }

    public Article unpublish(long id, Integer expectedVersion) {
        return workflow.unpublish(id, expectedVersion, null);
    }

    @Transactional
    public void delete(long id) {
        changes.load(id);
        repo.delete(id);
        changes.announce(id, new ArticleDeleted(new ArticleId(id), clock.instant()));
    }

    @Transactional
    public Article addCorrection(long id, String text) {
        return addCorrection(id, text, null);
    }

    /** Adds a correction note shown on the article; it also sets the "Updated" time. */
    @Transactional
    public Article addCorrection(long id, String text, Long by) {
        Article a = changes.load(id);
        if (text == null || text.isBlank() || text.length() > 1000) {
            throw new InvalidInputException("text", "write the correction in 1 to 1000 characters");
        }
        Instant now = clock.instant();
        repo.addCorrection(id, now, text.trim());
        repo.touchUpdated(id, now, by);
        if (a.isPublished()) {
            changes.announce(id, new ArticleUpdated(new ArticleId(id), now));
        }
        return changes.kept(id, RevisionKind.CORRECTED, by, null);
    }

    /**
     * For the demo newsroom and importers: a published article with the times it really had, and its
     * corrections. Publishes {@link ArticlePublished} like any other publication.
     */
    @Transactional
    public Article importPublished(ArticleDraft draft, Instant firstPublished, Instant updated,
                                   List<Refs.Correction> corrections) {
        long id = create(draft).article().id();
        repo.transition(id, List.of(ArticleStatus.DRAFT), ArticleStatus.PUBLISHED, null, firstPublished, null, null);
        repo.setTimes(id, firstPublished, updated);
        for (Refs.Correction c : corrections) {
            repo.addCorrection(id, c.notedAt(), c.text());
        }
        changes.announce(id, new ArticlePublished(new ArticleId(id), firstPublished));
        return changes.kept(id, RevisionKind.PUBLISHED, null, null);
    }

    private void attach(long id, ArticleValidation.Checked c) {
        repo.replaceBylines(id, c.authorIds());
        repo.replaceTags(id, c.tagIds());
        repo.replaceLinks(id, c.body().relatedIds());
    }
}
