package org.masthead.content;

import org.masthead.platform.InvalidInputException;
import org.masthead.platform.InvalidInputException.FieldError;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Checks a draft field by field and resolves its names to ids; nothing is written when anything fails. */
@Component
class ArticleValidation {

    record Checked(ArticleRepository.Values values, List<Long> authorIds, List<Long> tagIds, ArticleBody.Clean body) { }

    private final ArticleRepository repo;
    private final TaxonomyService taxonomy;

    ArticleValidation(ArticleRepository repo, TaxonomyService taxonomy) {
        this.repo = repo;
        this.taxonomy = taxonomy;
    }

    Checked check(ArticleDraft d, long id) {
        List<FieldError> errors = new ArrayList<>();
        require(errors, "headline", d.headline(), 300);
        limit(errors, "standfirst", d.standfirst(), 1000);
        limit(errors, "dateline", d.dateline(), 80);
        limit(errors, "seoTitle", d.seoTitle(), 200);
        limit(errors, "seoDescription", d.seoDescription(), 400);
        if (d.access() == null) {
            errors.add(new FieldError("access", "one of free, metered, premium"));
        }
        Section section = d.section() == null ? null : taxonomy.section(d.section()).orElse(null);
        if (section == null) {
            errors.add(new FieldError("section", d.section() == null ? "required" : "no section " + d.section()));
        }
        List<Long> authorIds = new ArrayList<>();
        if (d.bylines() == null || d.bylines().isEmpty()) {
            errors.add(new FieldError("bylines", "name at least one author or desk"));
        } else {
            for (String slug : d.bylines()) {
                taxonomy.author(slug).ifPresentOrElse(a -> authorIds.add(a.id()),
                        () -> errors.add(new FieldError("bylines", "no author " + slug)));
            }
        }
        if (d.leadImage() != null) {
            limit(errors, "leadImage.caption", d.leadImage().caption(), 500);
            limit(errors, "leadImage.credit", d.leadImage().credit(), 200);
            limit(errors, "leadImage.alt", d.leadImage().alt(), 300);
        }
        String slug = d.slug() == null || d.slug().isBlank() ? Slugs.of(d.headline()) : d.slug();
        if (d.slug() != null && !d.slug().isBlank() && !Slugs.isValid(d.slug())) {
            errors.add(new FieldError("slug", "use lower-case letters, digits and hyphens"));
        } else if (d.slug() == null || d.slug().isBlank()) {
            slug = unique(slug.isEmpty() ? "article" : slug, id);
        } else if (repo.slugTaken(slug, id)) {
            errors.add(new FieldError("slug", "another article uses " + slug));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ArticleBody.Clean body = ArticleBody.sanitize(d.body());
        List<Long> tagIds = taxonomy.tagIds(d.tags());
        var values = new ArticleRepository.Values(slug, section.id(), d.headline().trim(), trim(d.standfirst()),
                body.html(), trim(d.dateline()), d.access(), d.leadImage(), trim(d.seoTitle()),
                trim(d.seoDescription()), d.socialMediaId(), d.homePosition());
        return new Checked(values, authorIds, tagIds, body);
    }

    private String unique(String base, long id) {
        String slug = base;
        for (int n = 2; repo.slugTaken(slug, id); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static void require(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else {
            limit(errors, field, value, max);
        }
    }

    private static void limit(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
