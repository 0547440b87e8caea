package org.masthead.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.masthead.platform.JsonEnums;
import org.masthead.platform.StrictJson;

/** The Admin API's JSON for sections, tags and authors; a returned item may be sent back (its id is ignored). */
final class TaxonomyAdminJson {
    private TaxonomyAdminJson() {
    }

    /** {@code parent} is the slug of a top-level section, for a sub-section. */
    @StrictJson
    @JsonIgnoreProperties({"id"})
    record SectionRequest(String slug, String name, String description, String parent, Integer position) { }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AdminSection(long id, String slug, String name, String description, String parent, int position) { }

    @StrictJson
    @JsonIgnoreProperties({"id"})
    record TagRequest(String slug, String name) { }

    /** {@code kind} is person or desk; {@code photoMediaId} an image id from {@code /api/admin/images}. */
    @StrictJson
    @JsonIgnoreProperties({"id"})
    record AuthorRequest(String slug, String name, String kind, String jobTitle, String bio, Long photoMediaId) {

        Author author(long id) {
            return new Author(id, slug, name, JsonEnums.parse(AuthorKind.class, kind, "kind"), jobTitle, bio, photoMediaId);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AdminAuthor(long id, String slug, String name, String kind, String jobTitle, String bio, Long photoMediaId) {
        static AdminAuthor of(Author a) {
            return new AdminAuthor(a.id(), a.slug(), a.name(), JsonEnums.name(a.kind()), a.jobTitle(),
                    a.bio(), a.photoMediaId());
        }
    }
}
