package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.InvalidInputException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChrome;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.ui.Model;

import java.util.List;

/**
 * What the sections, tags and authors screens share: the permission, the tabs, the list page, whole numbers,
 * and {@code /admin/taxonomy}, the navigation's entry, which leads to the sections.
 */
@Controller
class TaxonomyScreens {

    static final String BASE = "/admin/taxonomy";

    private final StaffChromes chromes;

    TaxonomyScreens(StaffChromes chromes) {
        this.chromes = chromes;
    }

    @GetMapping({BASE, BASE + "/"})
    String start(StaffUser me) {
        me.require(Permission.MANAGE_TAXONOMY);
        return "redirect:" + BASE + "/sections";
    }

    List<TaxonomyPages.Tab> tabs(String current) {
        return List.of(new TaxonomyPages.Tab(BASE + "/sections", "Sections", current.equals("sections")),
                new TaxonomyPages.Tab(BASE + "/tags", "Tags", current.equals("tags")),
                new TaxonomyPages.Tab(BASE + "/authors", "Authors and desks", current.equals("authors")));
    }

    String list(StaffUser me, HttpServletRequest req, Model model, String tab, String title, String newLabel,
                List<String> headings, List<TaxonomyPages.Row> rows, String done) {
        StaffChrome chrome = open(me, req);
        String notice = done == null ? "" : switch (done) {
            case "saved" -> "Saved. The site shows it now.";
            case "deleted" -> "Deleted.";
            default -> "";
        };
        model.addAttribute("page", new TaxonomyPages.ListPage(chrome, tabs(tab), title,
                BASE + "/" + tab + "/new", newLabel, headings, rows, notice));
        return "admin/taxonomy-list";
    }

    /** The chrome of a taxonomy screen, once the viewer is known to be allowed there. */
    StaffChrome open(StaffUser me, HttpServletRequest req) {
        me.require(Permission.MANAGE_TAXONOMY);
        return chromes.of(me, req);
    }

    /** A whole number typed into {@code field}; blank is {@code blank}. */
    static int number(String typed, String field, int blank) {
        if (typed == null || typed.isBlank()) {
            return blank;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "a whole number");
        }
    }

    static String articles(int n) {
        return n == 0 ? "no articles" : n == 1 ? "1 article" : n + " articles";
    }
}
