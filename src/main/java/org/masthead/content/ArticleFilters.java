package org.masthead.content;

import org.masthead.platform.InvalidInputException;
import org.masthead.platform.InvalidInputException.FieldError;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the list parameters both JSON APIs accept (section, tag and author slugs, an ISO 8601
 * {@code updated_since}, page and limit) into a filter, naming every bad parameter at once.
 */
@Component
public class ArticleFilters {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_PAGE = 10_000;

    private final TaxonomyService taxonomy;

    ArticleFilters(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    public ArticleFilter filter(String section, String tag, String author, String updatedSince) {
        List<FieldError> errors = new ArrayList<>();
        Long sectionId = resolve(errors, "section", section, () -> taxonomy.section(section).map(Section::id).orElse(null));
        Long tagId = resolve(errors, "tag", tag, () -> taxonomy.tag(tag).map(Tag::id).orElse(null));
        Long authorId = resolve(errors, "author", author, () -> taxonomy.author(author).map(Author::id).orElse(null));
        Instant since = null;
        if (updatedSince != null) {
            try {
                since = OffsetDateTime.parse(updatedSince).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("updated_since", "an ISO 8601 time with offset, e.g. 2026-01-31T09:00:00Z"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ArticleFilter(sectionId, tagId, authorId, since);
    }

    public static int page(int page) {
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "from 1 to " + MAX_PAGE);
        }
        return page;
    }

    public static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    private static Long resolve(List<FieldError> errors, String field, String slug, java.util.function.Supplier<Long> id) {
        if (slug == null) {
            return null;
        }
        Long found = id.get();
        if (found == null) {
            errors.add(new FieldError(field, "no " + field + " " + slug));
        }
        return found;
    }
}
