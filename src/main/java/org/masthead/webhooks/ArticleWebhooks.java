package org.masthead.webhooks;

import org.masthead.content.Article;
import org.masthead.content.ArticleEvents.ArticlePublished;
import org.masthead.content.ArticleEvents.ArticleUnpublished;
import org.masthead.content.ArticleEvents.ArticleUpdated;
import org.masthead.content.ArticleId;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.platform.JsonEnums;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/**
 * Turns article events into webhook deliveries. A plain {@link EventListener}, not a transactional one:
 * it runs inside the transaction that publishes, updates or unpublishes, so the deliveries are queued in that
 * transaction: a committed change always has them, a rolled-back one never. The event carries only the id,
 * so the article is read here, from inside the same transaction, as it is after the change.
 */
@Component
class ArticleWebhooks {

    /** What receivers learn of an article; {@code url} is the canonical absolute URL. */
    record ArticleData(long id, String url, String headline, String section, Instant published, Instant updated,
                       String access) { }

    private final WebhookQueue queue;
    private final ArticleQueries articles;
    private final ArticlePaths paths;

    ArticleWebhooks(WebhookQueue queue, ArticleQueries articles, ArticlePaths paths) {
        this.queue = queue;
        this.articles = articles;
        this.paths = paths;
    }

    @EventListener
    void on(ArticlePublished e) {
        enqueue(WebhookEventType.ARTICLE_PUBLISHED, e.id(), e.at());
    }

    @EventListener
    void on(ArticleUpdated e) {
        enqueue(WebhookEventType.ARTICLE_UPDATED, e.id(), e.at());
    }

    @EventListener
    void on(ArticleUnpublished e) {
        enqueue(WebhookEventType.ARTICLE_UNPUBLISHED, e.id(), e.at());
    }

    private void enqueue(WebhookEventType type, ArticleId id, Instant at) {
        queue.enqueue(type, at, () -> {
            Article a = articles.byId(id.value()).orElseThrow(() -> new IllegalStateException("no article " + id.value()));
            return Map.of("article", data(a, paths.url(a)));
        });
    }

    static ArticleData data(Article a, String url) {
        return new ArticleData(a.id(), url, a.headline(), a.section().slug(), a.firstPublishedAt(), a.updatedAt(),
                JsonEnums.name(a.access()));
    }
}
