package org.masthead.content;

import org.masthead.platform.ChangeFeed;
import org.masthead.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every change to an article does before its transaction commits: keep the new version as a revision,
 * and, when readers can see the change, write the change feed and publish the event.
 */
@Component
class ArticleChanges {

    private final ArticleQueries queries;
    private final RevisionRepository revisions;
    private final ChangeFeed feed;
    private final ApplicationEventPublisher events;

    ArticleChanges(ArticleQueries queries, RevisionRepository revisions, ChangeFeed feed, ApplicationEventPublisher events) {
        this.queries = queries;
        this.revisions = revisions;
        this.feed = feed;
        this.events = events;
    }

    /** The article as this change left it, kept as the revision of its new version. */
    Article kept(long id, RevisionKind kind, Long by, Integer restoredFrom) {
        Article a = load(id);
        revisions.insert(a, kind, by, restoredFrom);
        return a;
    }

    /** A change readers can see: other nodes hear of it through the feed, this one through the event. */
    void announce(long id, Object event) {
        feed.record(ArticleService.TOPIC, id);
        events.publishEvent(event);
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    Article load(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no article " + id));
    }

    java.util.Optional<Article> find(long id) {
        return queries.byId(id);
    }
}
