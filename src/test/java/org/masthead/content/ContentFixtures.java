package org.masthead.content;

import java.util.List;
import java.util.UUID;

/** Small factories for content in integration tests (demo sections and authors are present). */
public final class ContentFixtures {
    private ContentFixtures() {
    }

    public static String unique(String word) {
        return word + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ArticleDraft draft(String headline) {
        return new ArticleDraft(headline, "A standfirst for " + headline + ".",
                "<p>First paragraph.</p><p>Second paragraph.</p>", null, "world", List.of("lena-varga"),
                List.of("Test Tag"), "VIENNA", AccessLevel.FREE, null, null, null, null, null);
    }

    /** Creates and publishes {@code d}. */
    public static Article published(ArticleService articles, ArticleDraft d) {
        return articles.publish(articles.create(d).article().id(), null);
    }

    public static ArticleDraft withBody(ArticleDraft d, String body) {
        return new ArticleDraft(d.headline(), d.standfirst(), body, d.slug(), d.section(), d.bylines(), d.tags(),
                d.dateline(), d.access(), d.leadImage(), d.seoTitle(), d.seoDescription(), d.socialMediaId(),
                d.homePosition());
    }

    public static ArticleDraft withSlug(ArticleDraft d, String slug) {
        return new ArticleDraft(d.headline(), d.standfirst(), d.body(), slug, d.section(), d.bylines(), d.tags(),
                d.dateline(), d.access(), d.leadImage(), d.seoTitle(), d.seoDescription(), d.socialMediaId(),
                d.homePosition());
    }

    public static ArticleDraft withSection(ArticleDraft d, String section) {
        return new ArticleDraft(d.headline(), d.standfirst(), d.body(), d.slug(), section, d.bylines(), d.tags(),
                d.dateline(), d.access(), d.leadImage(), d.seoTitle(), d.seoDescription(), d.socialMediaId(),
                d.homePosition());
    }
}
