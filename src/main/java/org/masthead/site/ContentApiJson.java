package org.masthead.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.masthead.platform.PageLinks;

import java.util.List;

/**
 * The Content API's JSON, one record per resource. The shape is a public contract: fields are only ever
 * added, and every field is always present ({@code null} when there is nothing), so the bytes of an answer
 * depend only on the data. Times are ISO 8601 in the publication's time zone with its offset; URLs are
 * absolute. Documented in README.md and served as OpenAPI at /api/openapi.json.
 */
final class ContentApiJson {
    private ContentApiJson() {
    }

    /** {@code body} is null for metered and premium articles: no key of this public API is entitled to read them. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ArticleJson(long id, String url, String slug, String headline, String standfirst, String body,
                       SectionJson section, List<TagJson> tags, List<BylineJson> bylines, String dateline,
                       String published, String updated, List<CorrectionJson> corrections, ImageJson leadImage,
                       String access) { }

    /** {@code parent} is the slug of the section this one sits in, for a sub-section. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SectionJson(long id, String slug, String name, String description, String parent, String url) { }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TagJson(long id, String slug, String name, String url) { }

    /** {@code kind} is person or desk. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record BylineJson(long id, String slug, String name, String kind, String url) { }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AuthorJson(long id, String slug, String name, String kind, String jobTitle, String bio, ImageJson photo,
                      String url) { }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CorrectionJson(String at, String text) { }

    /** {@code url} is the largest variant; {@code srcset} lists every width offered. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ImageJson(String url, int width, int height, String alt, String caption, String credit,
                     List<VariantJson> srcset) { }

    record VariantJson(int width, String url) { }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ArticleListJson(List<ArticleJson> items, long total, int page, int pages, int limit, PageLinks links) { }
}
