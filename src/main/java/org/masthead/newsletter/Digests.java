package org.masthead.newsletter;

import org.masthead.content.ArticleArchive;
import org.masthead.content.ArticleSummary;
import org.masthead.newsletter.DigestRepository.Outcome;
import org.masthead.newsletter.DigestRepository.Run;
import org.masthead.platform.Publication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Digests: for a daily or weekly list, the articles of its sections (sub-sections included) first published since
 * its previous digest ended, or one period before for its first, newest first, at most
 * {@code masthead.newsletter.digest.max-articles}. {@link #makeDue} makes each due period's digest once
 * ({@link DigestPeriods}): the period's row in {@code newsletter_digest_run} and the issue's unique period key
 * make a second try, on this node or another, fail and change nothing. A digest ends at its period's send time,
 * so what is published while it goes out belongs to the next. Nothing new: the period is skipped (no issue,
 * logged, listed on the issues screen).
 */
@Service
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    /** The articles a digest would carry, and the window they were published in. */
    record Window(Instant from, Instant until, List<ArticleSummary> articles) { }

    private final NewsletterLists lists;
    private final DigestRepository repo;
    private final IssueRepository issues;
    private final IssueBuilder builder;
    private final IssueStarter starter;
    private final ArticleArchive archive;
    private final Publication publication;
    private final DigestProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    Digests(NewsletterLists lists, DigestRepository repo, IssueRepository issues, IssueBuilder builder,
            IssueStarter starter, ArticleArchive archive, Publication publication, DigestProperties props,
            PlatformTransactionManager transactions, Clock clock) {
        this.lists = lists;
        this.repo = repo;
        this.issues = issues;
        this.builder = builder;
        this.starter = starter;
        this.archive = archive;
        this.publication = publication;
        this.props = props;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Decides every due period of every active digest list, each in its own transaction; returns the issues made. */
    int makeDue() {
        Instant now = clock.instant();
        int made = 0;
        for (NewsletterList list : lists.active()) {
            Optional<DigestPeriods.Period> due = DigestPeriods.due(list, publication.timeZone(), now);
            if (due.isPresent() && !due.get().sendAt().isBefore(repo.listCreatedAt(list.id()))) {
                made += decide(list, due.get()) ? 1 : 0;
            }
        }
        return made;
    }

    /** What the list's next digest would carry if it were made now. */
    Window next(NewsletterList list) {
        return window(list, clock.instant());
    }

    /**
     * Makes and starts a digest of what is new now, outside the schedule (no period: the next scheduled digest
     * starts where this one ends); empty when nothing is new.
     */
    Optional<Long> sendNow(NewsletterList list, long staffId) {
        return tx.execute(status -> {
            Window w = window(list, clock.instant());
            if (w.articles().isEmpty()) {
                return Optional.<Long>empty();
            }
            long id = store(list, w, null, staffId);
            starter.start(id, staffId);
            return Optional.of(id);
        });
    }

    private boolean decide(NewsletterList list, DigestPeriods.Period period) {
        try {
            return Boolean.TRUE.equals(tx.execute(status -> make(list, period)));
        } catch (DuplicateKeyException raced) {
            log.debug("The {} digest of list {} was made elsewhere", period.key(), list.id());
            return false;
        } catch (RuntimeException e) {
            log.error("Could not make the {} digest of list {}; trying again at the next poll", period.key(), list.id(), e);
            noteFailure(list, period, e);
            return false;
        }
    }

    /** In the caller's transaction: the period's digest made and started (true), or its skip written. */
    private boolean make(NewsletterList list, DigestPeriods.Period period) {
        if (repo.decided(list.id(), period.key())) {
            return false;
        }
        Window w = window(list, period.sendAt());
        if (w.articles().isEmpty()) {
            repo.record(run(list, period, Outcome.SKIPPED, null, w, "Nothing new in its sections since the last issue"));
            log.info("Skipped the {} digest of list {}: nothing new", period.key(), list.id());
            return false;
        }
        long id = store(list, w, period.key(), null);
        repo.record(run(list, period, Outcome.ISSUED, id, w, null));
        starter.start(id, null);
        log.info("Made the {} digest of list {}: issue {} with {} stories", period.key(), list.id(), id, w.articles().size());
        return true;
    }

    private long store(NewsletterList list, Window w, String periodKey, Long staffId) {
        IssueContent c = builder.digest(list, w.articles(), periodKey);
        return issues.insert(c, w.articles().stream().map(ArticleSummary::id).toList(), w.from(), w.until(), staffId);
    }

    private Window window(NewsletterList list, Instant until) {
        Instant from = repo.lastCovered(list.id())
                .orElseGet(() -> DigestPeriods.onePeriodBefore(list.cadence(), until, publication.timeZone()));
        List<ArticleSummary> articles = from.isBefore(until)
                ? archive.publishedBetween(list.sectionIds(), from, until, props.maxArticles()) : List.of();
        return new Window(from, until, articles);
    }

    private void noteFailure(NewsletterList list, DigestPeriods.Period period, RuntimeException e) {
        try {
            tx.executeWithoutResult(status -> repo.record(run(list, period, Outcome.FAILED, null,
                    new Window(period.sendAt(), period.sendAt(), List.of()), String.valueOf(e.getMessage()))));
        } catch (RuntimeException ignored) {
            log.debug("Could not note the failure either", ignored);
        }
    }

    private Run run(NewsletterList list, DigestPeriods.Period p, Outcome outcome, Long issueId, Window w, String note) {
        return new Run(list.id(), p.key(), outcome, issueId, w.articles().size(), note, w.from(), w.until(), clock.instant());
    }
}
