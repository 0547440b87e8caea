package org.masthead.members;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.masthead.content.ArticleQueries;
import org.masthead.platform.ChangeFeed;
import org.masthead.platform.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stories readers saved to read later. Only published articles can be saved (asked of {@code content}).
 * Which of a page's stories a reader saved is answered from a per-node copy of their saved ids, so the
 * "Saved" state on cached pages costs no query after the first; a save or removal on any node drops that
 * member's copy everywhere (change feed topic {@value #TOPIC}, and at once on the node that made it, after
 * commit). Rejected: {@code NodeCache}, whose only invalidation drops every reader's copy on each save.
 */
@Service
public class SavedStories {

    static final String TOPIC = "saved";
    static final int MAX_LISTED = 200;

    /** A saved story's id and when it was saved, newest first. */
    public record Saved(long articleId, Instant savedAt) { }

    private final SavedRepository repo;
    private final ArticleQueries articles;
    private final ChangeFeed changes;
    private final Clock clock;
    // Caffeine's get(key, load) holds the key while loading, so an invalidation after commit waits for a load
    // that started before it, then drops what that load kept: an old set never outlives the change.
    private final Cache<Long, Set<Long>> perMember = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1)).executor(Runnable::run).build();

    SavedStories(SavedRepository repo, ArticleQueries articles, ChangeFeed changes, Clock clock) {
        this.repo = repo;
        this.articles = articles;
        this.changes = changes;
        this.clock = clock;
    }

    /** Saves a published story; a draft, a withdrawn story or an unknown id is not found. */
    @Transactional
    public void save(long memberId, long articleId) {
        if (articles.publishedIds(List.of(articleId)).isEmpty()) {
            throw new NotFoundException("no published article " + articleId);
        }
        repo.save(memberId, articleId, clock.instant());
        changed(memberId);
    }

    @Transactional
    public void remove(long memberId, long articleId) {
        repo.remove(memberId, articleId);
        changed(memberId);
    }

    /** The member's saved stories, newest first, at most {@value #MAX_LISTED}. */
    @Transactional(readOnly = true)
    public List<Saved> newest(long memberId) {
        return repo.newest(memberId, MAX_LISTED).stream().map(r -> new Saved(r.articleId(), r.savedAt())).toList();
    }

    /** Which of {@code articleIds} the member saved, from this node's copy of their saved ids. */
    public Set<Long> savedAmong(long memberId, Collection<Long> articleIds) {
        Set<Long> saved = perMember.get(memberId, id -> Set.copyOf(repo.all(id)));
        return articleIds.stream().filter(saved::contains).collect(Collectors.toUnmodifiableSet());
    }

    /** Forgets everything the member saved, when their account is deleted. */
    void removeAll(long memberId) {
        repo.removeAll(memberId);
        changed(memberId);
    }

    @EventListener
    void onChange(ChangeFeed.ChangeObserved change) {
        if (TOPIC.equals(change.topic())) {
            perMember.invalidate(change.entityId());
        }
    }

    private void changed(long memberId) {
        changes.record(TOPIC, memberId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    perMember.invalidate(memberId);
                }
            });
        } else {
            perMember.invalidate(memberId);
        }
    }
}
