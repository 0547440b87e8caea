package org.masthead.content;

import org.masthead.content.Refs.AuthorRef;
import org.masthead.content.Refs.SectionRef;
import org.masthead.content.Refs.TagRef;
import org.masthead.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's history: every version kept ({@link Revision}), the differences between any two, and restoring
 * one as a new version. History is never rewritten: a restore is a save like any other, and nothing is pruned.
 */
@Service
public class ArticleRevisions {

    private final RevisionRepository repo;
    private final TaxonomyService taxonomy;
    private final ArticleService articles;
    private final ArticleQueries queries;

    ArticleRevisions(RevisionRepository repo, TaxonomyService taxonomy, ArticleService articles, ArticleQueries queries) {
        this.repo = repo;
        this.taxonomy = taxonomy;
        this.articles = articles;
        this.queries = queries;
    }

    /** Every version of the article, newest first. */
    public List<Revision.Entry> history(long articleId) {
        return repo.entries(articleId);
    }

    public Optional<Revision> revision(long articleId, int version) {
        return repo.find(articleId, version).map(this::named);
    }

    /** The newest revision at or before {@code version}: what an editor who loaded that version was looking at. */
    public Optional<Revision> atOrBefore(long articleId, int version) {
        return repo.atOrBefore(articleId, version).flatMap(v -> revision(articleId, v));
    }

    public Comparison compare(long articleId, int from, int to) {
        return RevisionDiff.compare(required(articleId, from), required(articleId, to));
    }

    /**
     * Saves the fields of version {@code version} as a new version, when {@code expectedVersion} is current. A
     * published article keeps its "Updated" time: a restore returns to words readers have already read.
     */
    @Transactional
    public ArticleService.Saved restore(long articleId, int expectedVersion, int version, Long by) {
        Revision r = required(articleId, version);
        return articles.save(articleId, expectedVersion, r.draft(), true, by, RevisionKind.RESTORED, version);
    }

    /**
     * The article as version {@code version} had it, with the status, times and corrections it has now: what a
     * preview of that version shows.
     */
    public Optional<Article> asArticle(long articleId, int version) {
        Optional<Article> live = queries.byId(articleId);
        Optional<Revision> kept = revision(articleId, version);
        if (live.isEmpty() || kept.isEmpty()) {
            return Optional.empty();
        }
        Article a = live.get();
        Revision r = kept.get();
        return Optional.of(new Article(a.id(), r.slug(), r.section(), r.headline(), r.standfirst(), r.bodyHtml(),
                r.dateline(), a.status(), r.access(), a.firstPublishedAt(), a.updatedAt(), a.scheduledAt(),
                r.bylines(), r.tags(), a.corrections(), r.leadImage(), r.seoTitle(), r.seoDescription(),
                r.socialMediaId(), r.homePosition(), a.createdAt(), r.savedAt(), r.version(), a.createdBy(),
                r.savedBy()));
    }

    private Revision required(long articleId, int version) {
        return revision(articleId, version)
                .orElseThrow(() -> new NotFoundException("no version " + version + " of article " + articleId));
    }

    private Revision named(RevisionRepository.Row row) {
        Revision.Entry e = row.entry();
        SectionRef section = taxonomy.section(row.sectionId())
                .map(s -> new SectionRef(s.id(), s.slug(), s.name(), s.parentId()))
                .orElse(new SectionRef(row.sectionId(), "", "(deleted section)", null));
        List<AuthorRef> bylines = row.bylineIds().stream().map(id -> taxonomy.author(id).orElse(null))
                .filter(Objects::nonNull).map(au -> new AuthorRef(au.id(), au.slug(), au.name(), au.kind())).toList();
        List<TagRef> tags = row.tagIds().stream().map(id -> taxonomy.tag(id).orElse(null))
                .filter(Objects::nonNull).map(t -> new TagRef(t.id(), t.slug(), t.name())).toList();
        return new Revision(e.articleId(), e.version(), e.kind(), e.savedBy(), e.savedAt(), e.restoredFrom(),
                e.status(), row.slug(), section, e.headline(), row.standfirst(), row.bodyHtml(), row.dateline(),
                row.access(), row.lead(), row.seoTitle(), row.seoDescription(), row.socialMediaId(),
                row.homePosition(), bylines, tags);
    }
}
