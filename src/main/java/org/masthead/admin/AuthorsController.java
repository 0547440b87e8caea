package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.Author;
import org.masthead.content.AuthorKind;
import org.masthead.content.TaxonomyService;
import org.masthead.content.TaxonomyUsage;
import org.masthead.media.MediaService;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Authors and desks: the byline's name, page address, job title, bio and portrait (an image of the media library). */
@Controller
@RequestMapping(TaxonomyScreens.BASE + "/authors")
class AuthorsController extends TaxonomyEditor<Author> {

    private final TaxonomyService taxonomy;
    private final MediaService media;

    AuthorsController(TaxonomyService taxonomy, TaxonomyScreens screens, MediaService media) {
        super(screens);
        this.taxonomy = taxonomy;
        this.media = media;
    }

    @Override
    String tab() {
        return "authors";
    }

    @Override
    String list(StaffUser me, String done, HttpServletRequest req, Model model) {
        TaxonomyUsage usage = taxonomy.usage();
        List<TaxonomyPages.Row> rows = taxonomy.authors().stream().map(a -> new TaxonomyPages.Row(base() + "/" + a.id(),
                a.name(), false, "/author/" + a.slug(), List.of(kind(a.kind()), a.jobTitle()),
                usage.articlesBy(a.id()))).toList();
        return screens.list(me, req, model, tab(), "Authors and desks", "New author or desk",
                List.of("Kind", "Job title"), rows, done);
    }

    @Override
    Map<String, String> blank() {
        return Map.of("kind", AuthorKind.PERSON.name());
    }

    @Override
    void save(Author a, Map<String, String> typed) {
        Long photo = photo(typed.get("photo"));
        AuthorKind kind = Arrays.stream(AuthorKind.values()).filter(k -> k.name().equals(typed.get("kind")))
                .findFirst().orElseThrow(() -> new InvalidInputException("kind", "a person or a desk"));
        taxonomy.saveAuthor(new Author(a == null ? 0 : a.id(), typed.get("slug"), typed.get("name"), kind,
                typed.get("jobTitle"), typed.get("bio"), photo));
    }

    @Override
    void delete(long id) {
        taxonomy.deleteAuthor(id);
    }

    @Override
    String name(Author a) {
        return a.name();
    }

    /** The portrait's image number, which must be in the media library; blank is none. */
    private Long photo(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(typed.strip());
            if (media.find(id).isPresent()) {
                return id;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InvalidInputException("photo", "no image " + typed.strip() + " in the media library");
    }

    @Override
    String page(StaffUser me, Author a, Form form, String refusal, HttpServletRequest req, Model model) {
        List<TaxonomyPages.Option> kinds = Arrays.stream(AuthorKind.values())
                .map(k -> new TaxonomyPages.Option(k.name(), kind(k), k.name().equals(form.value("kind")))).toList();
        String used = a == null ? "" : TaxonomyScreens.articles(taxonomy.usage().articlesBy(a.id()));
        String photo = a == null || a.photoMediaId() == null ? null : media.find(a.photoMediaId())
                .map(i -> media.url(i, media.widths(i).get(0))).orElse(null);
        model.addAttribute("page", new TaxonomyPages.EditPage(screens.open(me, req), screens.tabs(tab()),
                a == null ? "New author or desk" : a.name(), a == null ? base() : base() + "/" + a.id(),
                a == null ? null : base() + "/" + a.id() + "/delete", a == null ? null : "/author/" + a.slug(), form,
                used, refusal, kinds, photo));
        return "admin/author-form";
    }

    @Override
    Map<String, String> values(Author a) {
        Map<String, String> v = new HashMap<>(Map.of("name", a.name(), "slug", a.slug(), "kind", a.kind().name(),
                "jobTitle", a.jobTitle(), "bio", a.bio()));
        v.put("photo", a.photoMediaId() == null ? "" : a.photoMediaId().toString());
        return v;
    }

    private static String kind(AuthorKind k) {
        return k == AuthorKind.DESK ? "Desk" : "Person";
    }

    @Override
    Author find(long id) {
        return taxonomy.author(id).orElseThrow(() -> new NotFoundException("no author " + id));
    }
}
