package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.Tag;
import org.masthead.content.TaxonomyService;
import org.masthead.content.TaxonomyUsage;
import org.masthead.platform.Form;
import org.masthead.platform.NotFoundException;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/** Tags: rename (the old address answers 301), and delete those no article carries. */
@Controller
@RequestMapping(TaxonomyScreens.BASE + "/tags")
class TagsController extends TaxonomyEditor<Tag> {

    private final TaxonomyService taxonomy;

    TagsController(TaxonomyService taxonomy, TaxonomyScreens screens) {
        super(screens);
        this.taxonomy = taxonomy;
    }

    @Override
    String tab() {
        return "tags";
    }

    @Override
    String list(StaffUser me, String done, HttpServletRequest req, Model model) {
        TaxonomyUsage usage = taxonomy.usage();
        List<TaxonomyPages.Row> rows = taxonomy.tags().stream().map(t -> new TaxonomyPages.Row(base() + "/" + t.id(),
                t.name(), false, "/tag/" + t.slug(), List.of("/tag/" + t.slug()), usage.articlesTagged(t.id()))).toList();
        return screens.list(me, req, model, tab(), "Tags", "New tag", List.of("Address"), rows, done);
    }

    @Override
    String page(StaffUser me, Tag t, Form form, String refusal, HttpServletRequest req, Model model) {
        String used = t == null ? "" : TaxonomyScreens.articles(taxonomy.usage().articlesTagged(t.id()));
        model.addAttribute("page", new TaxonomyPages.EditPage(screens.open(me, req), screens.tabs(tab()),
                t == null ? "New tag" : t.name(), t == null ? base() : base() + "/" + t.id(),
                t == null ? null : base() + "/" + t.id() + "/delete", t == null ? null : "/tag/" + t.slug(), form, used,
                refusal, List.of(), null));
        return "admin/tag-form";
    }

    @Override
    Tag find(long id) {
        return taxonomy.tag(id).orElseThrow(() -> new NotFoundException("no tag " + id));
    }

    @Override
    String name(Tag t) {
        return t.name();
    }

    @Override
    Map<String, String> values(Tag t) {
        return Map.of("name", t.name(), "slug", t.slug());
    }

    @Override
    Map<String, String> blank() {
        return Map.of();
    }

    @Override
    void save(Tag t, Map<String, String> typed) {
        taxonomy.saveTag(t == null ? null : t.id(), typed.get("slug"), typed.get("name"));
    }

    @Override
    void delete(long id) {
        taxonomy.deleteTag(id);
    }
}
