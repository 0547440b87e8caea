package org.masthead.content;

import org.masthead.content.TaxonomyAdminJson.AdminAuthor;
import org.masthead.content.TaxonomyAdminJson.AuthorRequest;
import org.masthead.content.TaxonomyAdminJson.AdminSection;
import org.masthead.content.TaxonomyAdminJson.SectionRequest;
import org.masthead.content.TaxonomyAdminJson.TagRequest;
import org.masthead.platform.JsonApi;
import org.masthead.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Admin API for sections, tags and authors/desks under {@code /api/admin}; the rules live in {@link TaxonomyService}. */
@RestController
@JsonApi
@RequestMapping(value = "/api/admin", produces = "application/json")
class TaxonomyAdminApi {

    private final TaxonomyService taxonomy;

    TaxonomyAdminApi(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/sections")
    List<AdminSection> sections() {
        return taxonomy.sections().stream().map(this::json).toList();
    }

    @GetMapping("/sections/{id}")
    AdminSection section(@PathVariable long id) {
        return json(taxonomy.section(id).orElseThrow(() -> new NotFoundException("no section " + id)));
    }

    @PostMapping(value = "/sections", consumes = "application/json")
    ResponseEntity<AdminSection> createSection(@RequestBody SectionRequest body) {
        AdminSection s = json(save(null, body));
        return ResponseEntity.created(URI.create("/api/admin/sections/" + s.id())).body(s);
    }

    @PutMapping(value = "/sections/{id}", consumes = "application/json")
    AdminSection updateSection(@PathVariable long id, @RequestBody SectionRequest body) {
        return json(save(id, body));
    }

    @DeleteMapping("/sections/{id}")
    ResponseEntity<Void> deleteSection(@PathVariable long id) {
        taxonomy.deleteSection(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tags")
    List<Tag> tags() {
        return taxonomy.tags();
    }

    @GetMapping("/tags/{id}")
    Tag tag(@PathVariable long id) {
        return taxonomy.tag(id).orElseThrow(() -> new NotFoundException("no tag " + id));
    }

    @PostMapping(value = "/tags", consumes = "application/json")
    ResponseEntity<Tag> createTag(@RequestBody TagRequest body) {
        Tag t = taxonomy.saveTag(null, body.slug(), body.name());
        return ResponseEntity.created(URI.create("/api/admin/tags/" + t.id())).body(t);
    }

    @PutMapping(value = "/tags/{id}", consumes = "application/json")
    Tag updateTag(@PathVariable long id, @RequestBody TagRequest body) {
        return taxonomy.saveTag(id, body.slug(), body.name());
    }

    @DeleteMapping("/tags/{id}")
    ResponseEntity<Void> deleteTag(@PathVariable long id) {
        taxonomy.deleteTag(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/authors")
    List<AdminAuthor> authors() {
        return taxonomy.authors().stream().map(AdminAuthor::of).toList();
    }

    @GetMapping("/authors/{id}")
    AdminAuthor author(@PathVariable long id) {
        return AdminAuthor.of(taxonomy.author(id).orElseThrow(() -> new NotFoundException("no author " + id)));
    }

    @PostMapping(value = "/authors", consumes = "application/json")
    ResponseEntity<AdminAuthor> createAuthor(@RequestBody AuthorRequest body) {
        AdminAuthor a = AdminAuthor.of(taxonomy.saveAuthor(body.author(0)));
        return ResponseEntity.created(URI.create("/api/admin/authors/" + a.id())).body(a);
    }

    @PutMapping(value = "/authors/{id}", consumes = "application/json")
    AdminAuthor updateAuthor(@PathVariable long id, @RequestBody AuthorRequest body) {
        if (id <= 0) { // id 0 means "new" to the service
            throw new NotFoundException("no author " + id);
        }
        return AdminAuthor.of(taxonomy.saveAuthor(body.author(id)));
    }

    @DeleteMapping("/authors/{id}")
    ResponseEntity<Void> deleteAuthor(@PathVariable long id) {
        taxonomy.deleteAuthor(id);
        return ResponseEntity.noContent().build();
    }

    private Section save(Long id, SectionRequest body) {
        return taxonomy.saveSection(id, body.slug(), body.name(), body.description(), body.parent(),
                body.position() == null ? 0 : body.position());
    }

    private AdminSection json(Section s) {
        String parent = s.parentId() == null ? null : taxonomy.section(s.parentId()).map(Section::slug).orElse(null);
        return new AdminSection(s.id(), s.slug(), s.name(), s.description(), parent, s.position());
    }
}
