package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.content.TaxonomyUsage;
import org.masthead.platform.Form;
import org.masthead.platform.NotFoundException;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sections: one level of sub-sections, their order, and deleting the empty ones. */
@Controller
@RequestMapping(TaxonomyScreens.BASE + "/sections")
class SectionsController extends TaxonomyEditor<Section> {

    private final TaxonomyService taxonomy;

    SectionsController(TaxonomyService taxonomy, TaxonomyScreens screens) {
        super(screens);
        this.taxonomy = taxonomy;
    }

    @Override
    String tab() {
        return "sections";
    }

    @Override
    String list(StaffUser me, String done, HttpServletRequest req, Model model) {
        TaxonomyUsage usage = taxonomy.usage();
        List<TaxonomyPages.Row> rows = new ArrayList<>();
        for (Section top : taxonomy.sections().stream().filter(s -> s.parentId() == null).toList()) {
            rows.add(row(top, usage));
            taxonomy.children(top.id()).forEach(c -> rows.add(row(c, usage)));
        }
        return screens.list(me, req, model, tab(), "Sections", "New section",
                List.of("Address", "Place", "Sub-sections"), rows, done);
    }

    @Override
    String page(StaffUser me, Section s, Form form, String refusal, HttpServletRequest req, Model model) {
        List<TaxonomyPages.Option> parents = new ArrayList<>();
        parents.add(new TaxonomyPages.Option("", "None: a top-level section", form.value("parent").isEmpty()));
        taxonomy.sections().stream().filter(p -> p.parentId() == null && (s == null || p.id() != s.id()))
                .forEach(p -> parents.add(new TaxonomyPages.Option(p.slug(), p.name(), p.slug().equals(form.value("parent")))));
        TaxonomyUsage usage = taxonomy.usage();
        String used = s == null ? "" : TaxonomyScreens.articles(usage.articlesInSection(s.id()))
                + (usage.subSectionsOf(s.id()) > 0 ? ", " + usage.subSectionsOf(s.id()) + " sub-sections" : "");
        model.addAttribute("page", new TaxonomyPages.EditPage(screens.open(me, req), screens.tabs(tab()),
                s == null ? "New section" : s.name(), s == null ? base() : base() + "/" + s.id(),
                s == null ? null : base() + "/" + s.id() + "/delete", s == null ? null : "/" + s.slug(), form, used,
                refusal, parents, null));
        return "admin/section-form";
    }

    @Override
    Section find(long id) {
        return taxonomy.section(id).orElseThrow(() -> new NotFoundException("no section " + id));
    }

    @Override
    String name(Section s) {
        return s.name();
    }

    @Override
    Map<String, String> values(Section s) {
        String parent = s.parentId() == null ? "" : taxonomy.section(s.parentId()).map(Section::slug).orElse("");
        return Map.of("name", s.name(), "slug", s.slug(), "description", s.description(), "parent", parent,
                "position", String.valueOf(s.position()));
    }

    @Override
    Map<String, String> blank() {
        return Map.of("position", "0");
    }

    @Override
    void save(Section s, Map<String, String> typed) {
        int position = TaxonomyScreens.number(typed.get("position"), "position", 0);
        taxonomy.saveSection(s == null ? null : s.id(), typed.get("slug"), typed.get("name"), typed.get("description"),
                typed.get("parent"), position);
    }

    @Override
    void delete(long id) {
        taxonomy.deleteSection(id);
    }

    private TaxonomyPages.Row row(Section s, TaxonomyUsage usage) {
        return new TaxonomyPages.Row(base() + "/" + s.id(), s.name(), s.parentId() != null, "/" + s.slug(),
                List.of("/" + s.slug(), String.valueOf(s.position()),
                        s.parentId() == null ? String.valueOf(usage.subSectionsOf(s.id())) : ""),
                usage.articlesInSection(s.id()));
    }
}
