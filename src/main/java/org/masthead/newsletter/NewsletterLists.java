package org.masthead.newsletter;

import org.masthead.members.ConsentWording;
import org.masthead.members.Consents;
import org.masthead.platform.ChangeFeed;
import org.masthead.platform.ChangeFeed.ChangeObserved;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NodeCache;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.PageDependencies;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The newsletters: what exists, and making and changing them. Reader pages read {@link #offered}, a per-node
 * copy noted in {@link PageDependencies} (topic {@value #TOPIC}), so every change here drops it and the cached
 * pages that showed a sign-up box, on every node, through the change feed.
 */
@Service
public class NewsletterLists {

    /** The change-feed topic of any list change; its entity id is always 0 (reader pages show lists together). */
    public static final String TOPIC = "newsletter-lists";

    private final NewsletterListRepository repo;
    private final Consents consents;
    private final ChangeFeed feed;
    private final Clock clock;
    private final NodeCache<Boolean, List<NewsletterList>> kept = new NodeCache<>(1);
    private final NodeCache<Long, ConsentWording> wordings = new NodeCache<>(1000);

    NewsletterLists(NewsletterListRepository repo, Consents consents, ChangeFeed feed, Clock clock) {
        this.repo = repo;
        this.consents = consents;
        this.feed = feed;
        this.clock = clock;
    }

    /** Every list, archived ones last. */
    @Transactional(readOnly = true)
    public List<NewsletterList> all() {
        return repo.all();
    }

    /** The lists offered to readers now, in the order staff gave them. */
    @Transactional(readOnly = true)
    public List<NewsletterList> active() {
        return repo.all().stream().filter(l -> !l.archived()).toList();
    }

    /** {@link #active}, from this node's copy, for reader pages (which note it, so a change drops them). */
    public List<NewsletterList> offered() {
        PageDependencies.shows(TOPIC, 0);
        return kept.get(Boolean.TRUE, this::active);
    }

    /** {@link #wordingOf}, from this node's copy, for the sign-up forms of reader pages. */
    public ConsentWording offeredWording(NewsletterList list) {
        return wordings.get(list.id(), () -> wordingOf(list));
    }

    /**
     * The list an article's sign-up box offers: the first offered news list open to everyone that carries the
     * article's section (or the section it belongs to), else the first such list at all. Subscribers-only lists
     * are never offered there: a sign-up by address makes a member who is not a subscriber.
     */
    public Optional<NewsletterList> forArticle(long sectionId, Long parentSectionId) {
        return boxFor(offered(), sectionId, parentSectionId);
    }

    static Optional<NewsletterList> boxFor(List<NewsletterList> offered, long sectionId, Long parentSectionId) {
        List<NewsletterList> open = offered.stream()
                .filter(l -> l.kind() == ListKind.NEWS && l.audience() == Audience.EVERYONE && !l.archived()).toList();
        return open.stream().filter(l -> l.sectionIds().contains(sectionId)
                        || (parentSectionId != null && l.sectionIds().contains(parentSectionId))).findFirst()
                .or(() -> open.stream().findFirst());
    }

    @Transactional(readOnly = true)
    public Optional<NewsletterList> find(long id) {
        return repo.find(id);
    }

    @Transactional(readOnly = true)
    public NewsletterList require(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("no newsletter " + id));
    }

    /**
     * Makes a list and the first version of the consent wording its sign-up forms show. The fields are checked
     * ({@link ListForm#check}); a refused one throws {@link InvalidInputException} naming it.
     */
    @Transactional
    public NewsletterList create(SaveList list) {
        ListForm.check(list);
        refuseTakenSlug(list.slug(), null);
        long id;
        try {
            id = repo.insert(list, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw takenSlug();
        }
        if (list.kind() == ListKind.NEWS) {
            consents.reword(NewsletterList.purposeOf(id), wording(list));
        }
        changed();
        return repo.find(id).orElseThrow();
    }

    /**
     * Changes a list. Its kind stays what it was made as (its readers agreed to news, or to offers); a new name
     * adds a version of its consent wording, since the wording names the list.
     */
    @Transactional
    public NewsletterList update(long id, SaveList list) {
        NewsletterList before = require(id);
        ListForm.check(list);
        if (list.kind() != before.kind()) {
            throw new InvalidInputException("kind", "A newsletter keeps the kind it was made with");
        }
        refuseTakenSlug(list.slug(), id);
        try {
            repo.update(id, list, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw takenSlug();
        }
        if (list.kind() == ListKind.NEWS && !Objects.equals(before.name(), list.name())) {
            consents.reword(before.purpose(), wording(list));
        }
        changed();
        return require(id);
    }

    /** Stops offering and sending a list; its subscriptions and issues stay as a record. */
    @Transactional
    public void archive(long id) {
        require(id);
        repo.archive(id, clock.instant());
        changed();
    }

    /** The consent wording a list's sign-up forms show; {@link Consents#currentWording} for its purpose. */
    @Transactional(readOnly = true)
    public ConsentWording wordingOf(NewsletterList list) {
        return consents.currentWording(list.kind() == ListKind.OFFERS ? Consents.OFFERS : list.purpose());
    }

    static String wording(SaveList list) {
        return "Send me " + list.name() + " by e-mail. You can unsubscribe with one click from any issue or from your account page.";
    }

    private void refuseTakenSlug(String slug, Long self) {
        if (repo.bySlug(slug).filter(other -> self == null || other.id() != self).isPresent()) {
            throw takenSlug();
        }
    }

    private static InvalidInputException takenSlug() {
        return new InvalidInputException("slug", "Another newsletter has this address; choose another");
    }

    /** Inside the changing transaction: tells every node, and drops this node's copy now and once committed. */
    private void changed() {
        feed.changed(TOPIC, 0, this::dropCopies);
    }

    /** Before the page cache ({@code @Order}), so no page is rebuilt from the old copy. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onObserved(ChangeObserved change) {
        if (TOPIC.equals(change.topic())) {
            dropCopies();
        }
    }

    private void dropCopies() {
        kept.invalidate();
        wordings.invalidate();
    }
}
