package org.masthead.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.unique;

/** Where an image is used, read from articles and authors; run on H2 and PostgreSQL. Image ids need no image here. */
abstract class MediaUsageContract {

    @Autowired MediaUsage usage;
    @Autowired ArticleService articles;
    @Autowired TaxonomyService taxonomy;

    private static long imageId() {
        return 4_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    private static ArticleDraft with(ArticleDraft d, Long lead, Long social, String body) {
        return new ArticleDraft(d.headline(), d.standfirst(), body == null ? d.body() : body, d.slug(), d.section(),
                d.bylines(), d.tags(), d.dateline(), d.access(),
                lead == null ? null : new Refs.LeadImage(lead, "Caption", "Credit", "Alt"), d.seoTitle(),
                d.seoDescription(), social, d.homePosition());
    }

    private static String figure(long mediaId) {
        return "<p>Text.</p><figure><img src=\"/media/" + mediaId + "/640.jpg\" alt=\"A\" data-media-id=\"" + mediaId
                + "\" width=\"640\" height=\"400\"><figcaption>C <span class=\"credit\">D</span></figcaption></figure>";
    }

    @Test
    void findsArticlesThatShowTheImageAsLeadSocialOrInTheBodyWhateverTheirStatus() {
        long image = imageId();
        Article lead = ContentFixtures.published(articles, with(draft(unique("Lead")), image, null, null));
        Article social = articles.create(with(draft(unique("Social")), null, image, null)).article();
        Article both = articles.create(with(draft(unique("Both")), image, null, figure(image))).article();
        articles.create(with(draft(unique("Other image")), image * 10 + 1, image + 1, figure(image * 10 + 1)));
        articles.create(draft(unique("No image")));

        assertThat(usage.articlesUsing(image)).containsExactlyInAnyOrder(
                new MediaUsage.ArticleUse(lead.id(), lead.headline(), ArticleStatus.PUBLISHED, Set.of(MediaUsage.Place.LEAD)),
                new MediaUsage.ArticleUse(social.id(), social.headline(), ArticleStatus.DRAFT, Set.of(MediaUsage.Place.SOCIAL)),
                new MediaUsage.ArticleUse(both.id(), both.headline(), ArticleStatus.DRAFT,
                        Set.of(MediaUsage.Place.LEAD, MediaUsage.Place.BODY)));
    }

    @Test
    void anArticleNoLongerUsesAnImageOnceItsBodyDropsIt() {
        long image = imageId();
        Article a = articles.create(with(draft(unique("Gallery")), null, null, figure(image))).article();
        assertThat(usage.articlesUsing(image)).extracting(MediaUsage.ArticleUse::articleId).containsExactly(a.id());
        articles.update(a.id(), a.version(), with(draft(a.headline()), null, null, "<p>No pictures.</p>"), false);
        assertThat(usage.articlesUsing(image)).isEmpty();
    }

    @Test
    void findsAuthorsWhosePortraitTheImageIs() {
        long image = imageId();
        Author author = taxonomy.saveAuthor(new Author(0, null, unique("Portrait Person"), AuthorKind.PERSON, "", "", image));
        assertThat(usage.authorsUsing(image)).containsExactly(new MediaUsage.AuthorUse(author.id(), author.slug(), author.name()));
        assertThat(usage.authorsUsing(image + 1)).isEmpty();
        assertThat(usage.articlesUsing(image)).isEmpty();
    }
}
