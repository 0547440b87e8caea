package org.masthead.content;

import org.masthead.content.ArticleEvents.ArticleDeleted;
import org.masthead.content.ArticleEvents.ArticlePublished;
import org.masthead.content.ArticleEvents.ArticleUnpublished;
import org.masthead.content.ArticleEvents.ArticleUpdated;
import org.masthead.platform.ChangeFeed;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.VersionConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The article lifecycle: create, edit (with optimistic locking), publish, schedule, unpublish, delete.
 * Every change that readers can see publishes an event and writes to the change feed in the same
 * transaction, so caches on every node follow.
 */
@Service
public class ArticleService {

    static final String TOPIC = "article";

    /** The stored article and what the sanitizer removed from the body. */
    public record Saved(Article article, List<String> removed) { }

    private final ArticleRepository repo;
    private final ArticleValidation validation;
    private final ArticleQueries queries;
    private final ChangeFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleService(ArticleRepository repo, ArticleValidation validation, ArticleQueries queries, ChangeFeed feed,
                   ApplicationEventPublisher events, Clock clock) {
        this.repo = repo;
        this.validation = validation;
        this.queries = queries;
        this.feed = feed;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Saved create(ArticleDraft draft) {
        ArticleValidation.Checked c = validation.check(draft, 0);
        long id = repo.insert(c.values(), ArticleStatus.DRAFT, clock.instant());
        attach(id, c);
        return new Saved(load(id), c.body().removed());
    }

    /**
     * Replaces the editable fields when {@code expectedVersion} is current. On a published article this
     * sets the "Updated" time readers see, unless {@code minorEdit} (a typo fix) says otherwise.
     */
    @Transactional
    public Saved update(long id, int expectedVersion, ArticleDraft draft, boolean minorEdit) {
        Article before = load(id);
        ArticleValidation.Checked c = validation.check(draft, id);
        Instant now = clock.instant();
        Instant updated = before.isPublished() && !minorEdit ? now : null;
        if (!repo.update(id, expectedVersion, c.values(), now, updated)) {
            throw new VersionConflictException("article " + id + " is at version " + before.version()
                    + ", not " + expectedVersion + "; reload it and apply your change again");
        }
        if (!before.slug().equals(c.values().slug())) {
            repo.rememberOldSlug(before.slug(), id);
        }
        attach(id, c);
        if (before.isPublished()) {
            changed(id, new ArticleUpdated(new ArticleId(id), now));
        }
        return new Saved(load(id), c.body().removed());
    }

    @Transactional
    public Article publish(long id, Integer expectedVersion) {
        Article a = load(id);
        Instant now = clock.instant();
        if (!repo.transition(id, List.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED),
                ArticleStatus.PUBLISHED, expectedVersion, now, null)) {
            throw refused(a, expectedVersion, "publish");
        }
        changed(id, new ArticlePublished(new ArticleId(id), now));
        return load(id);
    }

    /** Goes live at {@code at} through {@link ScheduledPublishing}; exactly once across nodes. */
    @Transactional
    public Article schedule(long id, Instant at, Integer expectedVersion) {
        Article a = load(id);
        if (at == null || !at.isAfter(clock.instant())) {
            throw new InvalidInputException("publishAt", "must be in the future");
        }
        if (!repo.transition(id, List.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED),
                ArticleStatus.SCHEDULED, expectedVersion, clock.instant(), at)) {
            throw refused(a, expectedVersion, "schedule");
        }
        events.publishEvent(new ScheduledPublishing.PublicationScheduled(id, at));
        return load(id);
    }

    /** Publishes a scheduled article whose time has come; false when another node (or an edit) got there first. */
    @Transactional
    public boolean publishDue(long id) {
        Instant now = clock.instant();
        Article a = queries.byId(id).orElse(null);
        if (a == null || a.status() != ArticleStatus.SCHEDULED || a.scheduledAt().isAfter(now)) {
            return false;
        }
        if (!repo.transition(id, List.of(ArticleStatus.SCHEDULED), ArticleStatus.PUBLISHED, a.version(), now, null)) {
            return false;
        }
        changed(id, new ArticlePublished(new ArticleId(id), now));
        return true;
    }

    @Transactional
    public Article unpublish(long id, Integer expectedVersion) {
        Article a = load(id);
        Instant now = clock.instant();
        if (!repo.transition(id, List.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED),
                ArticleStatus.UNPUBLISHED, expectedVersion, now, null)) {
            throw refused(a, expectedVersion, "unpublish");
        }
        changed(id, new ArticleUnpublished(new ArticleId(id), now));
        return load(id);
    }

    @Transactional
    public void delete(long id) {
        load(id);
        repo.delete(id);
        changed(id, new ArticleDeleted(new ArticleId(id), clock.instant()));
    }

    /** Adds a correction note shown on the article; it also sets the "Updated" time. */
    @Transactional
    public Article addCorrection(long id, String text) {
        Article a = load(id);
        if (text == null || text.isBlank() || text.length() > 1000) {
            throw new InvalidInputException("text", "write the correction in 1 to 1000 characters");
        }
        Instant now = clock.instant();
        repo.addCorrection(id, now, text.trim());
        repo.touchUpdated(id, now);
        if (a.isPublished()) {
            changed(id, new ArticleUpdated(new ArticleId(id), now));
        }
        return load(id);
    }

    /**
     * For the demo newsroom and importers: a published article with the times it really had, and its
     * corrections. Publishes {@link ArticlePublished} like any other publication.
     */
    @Transactional
    public Article importPublished(ArticleDraft draft, Instant firstPublished, Instant updated,
                                   List<Refs.Correction> corrections) {
        long id = create(draft).article().id();
        repo.transition(id, List.of(ArticleStatus.DRAFT), ArticleStatus.PUBLISHED, null, firstPublished, null);
        repo.setTimes(id, firstPublished, updated);
        for (Refs.Correction c : corrections) {
            repo.addCorrection(id, c.notedAt(), c.text());
        }
        changed(id, new ArticlePublished(new ArticleId(id), firstPublished));
        return load(id);
    }

    private void attach(long id, ArticleValidation.Checked c) {
        repo.replaceBylines(id, c.authorIds());
        repo.replaceTags(id, c.tagIds());
        repo.replaceLinks(id, c.body().relatedIds());
    }

    private void changed(long id, Object event) {
        feed.record(TOPIC, id);
        events.publishEvent(event);
    }

    private Article load(long id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("no article " + id));
    }

    private RuntimeException refused(Article a, Integer expectedVersion, String action) {
        if (expectedVersion != null && expectedVersion != a.version()) {
            return new VersionConflictException("article " + a.id() + " is at version " + a.version()
                    + ", not " + expectedVersion);
        }
        return new InvalidInputException("status", "cannot " + action + " an article that is " + a.status().name().toLowerCase());
    }
}
