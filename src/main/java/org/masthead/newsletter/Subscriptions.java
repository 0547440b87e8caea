package org.masthead.newsletter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.masthead.members.Consents;
import org.masthead.paywall.Entitlements;
import org.masthead.platform.ChangeFeed;
import org.masthead.platform.InvalidInputException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Members on lists. Every change goes through {@link #change}, which writes the subscription row and one record
 * in the consent ledger (purpose {@code newsletter:<id>}, with the wording the reader was shown) in the same
 * transaction; asking for the state a member is already in changes nothing and records nothing. An offers list
 * has no rows: its state is the member's {@code offers} consent, so leaving it withdraws that consent.
 * <p>
 * Which lists a member is on is kept per node (page script asks on every article page), dropped on every node
 * through the change feed (topic {@value #TOPIC}, entity the member id) and at once on this one after commit.
 */
@Service
public class Subscriptions {

    static final String TOPIC = "newsletter-subscriptions";

    /** Sources of a change, as the ledger records them. */
    public static final String ACCOUNT_PAGE = "account-page";
    public static final String ARTICLE_PAGE = "article-page";
    public static final String MANAGE_PAGE = "manage-page";
    public static final String ONE_CLICK = "one-click-unsubscribe";
    static final String SIGN_UP = "newsletter-sign-up";
    static final String COMPLAINT = "spam-complaint";

    private final SubscriptionRepository repo;
    private final NewsletterLists lists;
    private final Consents consents;
    private final Entitlements entitlements;
    private final ChangeFeed feed;
    private final Clock clock;
    private final Cache<Long, Set<Long>> perMember = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1)).executor(Runnable::run).build();

    Subscriptions(SubscriptionRepository repo, NewsletterLists lists, Consents consents, Entitlements entitlements,
                  ChangeFeed feed, Clock clock) {
        this.repo = repo;
        this.lists = lists;
        this.consents = consents;
        this.entitlements = entitlements;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * Puts the member on the list, recording the list's current wording; false when they were on it already.
     * Refused ({@link InvalidInputException} on field {@code list}) for an archived list, and for a
     * subscribers-only list when the member is not a subscriber.
     */
    @Transactional
    public boolean subscribe(long memberId, long listId, String source) {
        NewsletterList list = lists.require(listId);
        return change(memberId, list, true, source, lists.wordingOf(list).id());
    }

    /** Takes the member off the list (any list, archived ones too); false when they were not on it. */
    @Transactional
    public boolean unsubscribe(long memberId, long listId, String source) {
        NewsletterList list = lists.require(listId);
        return change(memberId, list, false, source, lists.wordingOf(list).id());
    }

    /**
     * Takes the member off every list, offers included, after they marked one of our e-mails as spam: the
     * ledger then says so, and the account page shows them unsubscribed rather than silently suppressed.
     */
    @Transactional
    public void unsubscribeAll(long memberId, String source) {
        listsOf(memberId).forEach(listId -> unsubscribe(memberId, listId, source));
        if (consents.granted(memberId, Consents.OFFERS)) {
            consents.record(memberId, Consents.OFFERS, false, source, consents.currentWording(Consents.OFFERS).id());
        }
    }

    /** Whether the member receives the list now (for an offers list: whether they grant offers). */
    @Transactional(readOnly = true)
    public boolean isSubscribed(long memberId, long listId) {
        NewsletterList list = lists.require(listId);
        return list.kind() == ListKind.OFFERS ? consents.granted(memberId, Consents.OFFERS)
                : listsOf(memberId).contains(listId);
    }

    /** The news lists the member is subscribed to, from this node's copy. */
    public Set<Long> listsOf(long memberId) {
        return perMember.get(memberId, id -> Set.copyOf(repo.subscribedLists(id)));
    }

    @Transactional(readOnly = true)
    public long countSubscribed(long listId) {
        return repo.count(listId);
    }

    /** Subscribers of every news list, in one query; a list nobody is on is absent. */
    @Transactional(readOnly = true)
    public Map<Long, Long> counts() {
        return repo.counts();
    }

    /** Why the member may not join the list now, or empty when they may. */
    public Optional<String> refusal(long memberId, NewsletterList list) {
        if (list.archived()) {
            return Optional.of("This newsletter is no longer sent.");
        }
        if (list.audience() == Audience.SUBSCRIBERS && !entitlements.of(memberId).subscriber()) {
            return Optional.of(list.name() + " is for subscribers. Subscribe to receive it.");
        }
        return Optional.empty();
    }

    /** The one way a subscription changes: the row (or the offers consent) and its ledger record together. */
    boolean change(long memberId, NewsletterList list, boolean on, String source, long wordingId) {
        if (on) {
            refusal(memberId, list).ifPresent(why -> {
                throw new InvalidInputException("list", why);
            });
        }
        if (list.kind() == ListKind.OFFERS) {
            if (consents.granted(memberId, Consents.OFFERS) == on) {
                return false;
            }
            consents.record(memberId, Consents.OFFERS, on, source, wordingId);
            return true;
        }
        Optional<Boolean> now = repo.lock(memberId, list.id());
        if (now.orElse(false) == on) {
            return false;
        }
        if (now.isPresent()) {
            repo.update(memberId, list.id(), on, source, clock.instant());
        } else if (!repo.insert(memberId, list.id(), on, source, clock.instant())) {
            return false; // a simultaneous request (a double click) subscribed them, and recorded it
        }
        consents.record(memberId, list.purpose(), on, source, wordingId);
        changed(memberId);
        return true;
    }

    /** Forgets the member's subscriptions, when their account is deleted (the ledger keeps its records). */
    void forget(long memberId) {
        repo.deleteFor(memberId);
        changed(memberId);
    }

    @EventListener
    void onChange(ChangeFeed.ChangeObserved change) {
        if (TOPIC.equals(change.topic())) {
            perMember.invalidate(change.entityId());
        }
    }

    private void changed(long memberId) {
        feed.changed(TOPIC, memberId, () -> perMember.invalidate(memberId));
    }
}
