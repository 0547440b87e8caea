package org.masthead.site;

import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleSummary;
import org.masthead.content.Author;
import org.masthead.content.Refs;
import org.masthead.content.Section;
import org.masthead.content.Tag;
import org.masthead.content.TaxonomyService;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.platform.JsonEnums;
import org.masthead.site.ContentApiJson.ArticleJson;
import org.masthead.site.ContentApiJson.AuthorJson;
import org.masthead.site.ContentApiJson.BylineJson;
import org.masthead.site.ContentApiJson.CorrectionJson;
import org.masthead.site.ContentApiJson.ImageJson;
import org.masthead.site.ContentApiJson.SectionJson;
import org.masthead.site.ContentApiJson.TagJson;
import org.masthead.site.ContentApiJson.VariantJson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the Content API's JSON from content and media; a page of articles costs a fixed number of queries. */
@Component
class ContentApiViews {

    private final TaxonomyService taxonomy;
    private final MediaService media;
    private final BodyRenderer body;
    private final ViewParts parts;
    private final ArticlePaths paths;

    ContentApiViews(TaxonomyService taxonomy, MediaService media, BodyRenderer body, ViewParts parts, ArticlePaths paths) {
        this.paths = paths;
        this.taxonomy = taxonomy;
        this.media = media;
        this.body = body;
        this.parts = parts;
    }

    List<ArticleJson> articles(List<Article> list) {
        Map<Long, ArticleSummary> related = body.targets(list.stream().map(Article::bodyHtml).toList());
        Map<Long, Image> images = media.find(list.stream().map(Article::leadImage).filter(Objects::nonNull)
                .map(Refs.LeadImage::mediaId).toList());
        return list.stream().map(a -> article(a, related, images)).toList();
    }

    SectionJson section(Section s) {
        String parent = s.parentId() == null ? null : taxonomy.section(s.parentId()).map(Section::slug).orElse(null);
        return new SectionJson(s.id(), s.slug(), s.name(), s.description(), parent,
                parts.absolute(ViewParts.sectionHref(s.slug())));
    }

    TagJson tag(Tag t) {
        return new TagJson(t.id(), t.slug(), t.name(), parts.absolute("/tag/" + t.slug()));
    }

    List<AuthorJson> authors(List<Author> list) {
        Map<Long, Image> photos = media.find(list.stream().map(Author::photoMediaId).filter(Objects::nonNull).toList());
        return list.stream().map(a -> new AuthorJson(a.id(), a.slug(), a.name(), JsonEnums.name(a.kind()), a.jobTitle(), a.bio(),
                a.photoMediaId() == null ? null : image(photos.get(a.photoMediaId()), null),
                parts.absolute("/author/" + a.slug()))).toList();
    }

    /**
     * The body only of free articles: the Content API is public and keyless, so a metered or premium body there
     * would be read past the paywall ({@code body} is null; the standfirst and the article's URL remain).
     */
    private ArticleJson article(Article a, Map<Long, ArticleSummary> related, Map<Long, Image> images) {
        return new ArticleJson(a.id(), paths.url(a), a.slug(), a.headline(), a.standfirst(),
                a.access() == AccessLevel.FREE ? body.render(a.bodyHtml(), related, parts::absolute) : null,
                taxonomy.section(a.section().id()).map(this::section).orElse(null),
                a.tags().stream().map(t -> new TagJson(t.id(), t.slug(), t.name(), parts.absolute("/tag/" + t.slug()))).toList(),
                a.bylines().stream().map(b -> new BylineJson(b.id(), b.slug(), b.name(), JsonEnums.name(b.kind()),
                        parts.absolute("/author/" + b.slug()))).toList(),
                a.dateline(), iso(a.firstPublishedAt()), iso(a.updatedAt()),
                a.corrections().stream().map(c -> new CorrectionJson(iso(c.notedAt()), c.text())).toList(),
                a.leadImage() == null ? null : image(images.get(a.leadImage().mediaId()), a.leadImage()),
                JsonEnums.name(a.access()));
    }

    /** Null when the image is gone from the library; the article's own words win over the library's. */
    private ImageJson image(Image i, Refs.LeadImage lead) {
        if (i == null) {
            return null;
        }
        List<Integer> widths = media.widths(i);
        return new ImageJson(parts.absolute(media.url(i, widths.get(widths.size() - 1))), i.width(), i.height(),
                lead == null ? i.alt() : lead.alt(), lead == null ? i.caption() : lead.caption(),
                lead == null ? i.credit() : lead.credit(),
                widths.stream().map(w -> new VariantJson(w, parts.absolute(media.url(i, w)))).toList());
    }

    private String iso(Instant at) {
        return at == null ? null : parts.shown(at).iso();
    }
}
