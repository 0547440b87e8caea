package org.masthead.media;

import org.masthead.platform.ChangeFeed;
import org.masthead.platform.ChangeFeed.ChangeObserved;
import org.masthead.platform.NodeCache;
import org.masthead.platform.PageDependencies;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Image rows as each node keeps them: every picture on every page needs one, so they are read from memory
 * until the change feed says an image's text changed or it was deleted (on any node). Reads note the image in
 * {@link PageDependencies}, so cached pages that show an image's own words (the Content API's image JSON)
 * are dropped with it; the rows are dropped first ({@code @Order}), so no page is rebuilt from an old copy.
 * Rejected: keeping rows for good, as when they could not be edited.
 */
@Component
class ImageRows {

    /** The change-feed topic of images; its entity id is the image id. */
    static final String TOPIC = "image";

    private final MediaRepository repo;
    private final ChangeFeed feed;
    private final NodeCache<Long, Image> kept = new NodeCache<>(20_000);

    ImageRows(MediaRepository repo, ChangeFeed feed) {
        this.repo = repo;
        this.feed = feed;
    }

    Optional<Image> find(long id) {
        PageDependencies.shows(TOPIC, id);
        return Optional.ofNullable(kept.get(id, () -> repo.find(id).orElse(null)));
    }

    /** The images of those {@code ids} that exist, by id, in at most one query. */
    Map<Long, Image> find(Collection<Long> ids) {
        PageDependencies.shows(TOPIC, ids);
        return kept.getAll(ids, missing -> repo.find(missing).stream()
                .collect(Collectors.toMap(Image::id, Function.identity())));
    }

    /** Inside the changing transaction: tells every node, and drops this node's rows now and once committed. */
    void changed(long id) {
        feed.record(TOPIC, id);
        kept.invalidate();
        afterCommit(kept::invalidate); // a reader between the write and the commit may have kept the old row
    }

    /** Runs {@code action} once the current transaction has committed; never if it rolls back. */
    static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onObserved(ChangeObserved change) {
        if (TOPIC.equals(change.topic())) {
            kept.invalidate();
        }
    }
}
