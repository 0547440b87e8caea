package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The screens of one kind of taxonomy, under the subclass's {@code @RequestMapping}: the list, a form for a
 * new one, an edit form per id, saving (a refusal shows the form again with what was typed), and deleting (a
 * refusal says what is in the way). The permission is asked first, so an id changed in the address tells
 * someone not allowed nothing more than 403.
 */
abstract class TaxonomyEditor<T> {

    final TaxonomyScreens screens;

    TaxonomyEditor(TaxonomyScreens screens) {
        this.screens = screens;
    }

    /** The list's tab and path segment: sections, tags or authors. */
    abstract String tab();

    abstract String list(StaffUser me, String done, HttpServletRequest req, Model model);

    /** The form for {@code item}, null for a new one. */
    abstract String page(StaffUser me, T item, Form form, String refusal, HttpServletRequest req, Model model);

    abstract T find(long id);

    abstract String name(T item);

    abstract Map<String, String> values(T item);

    abstract Map<String, String> blank();

    /** Saves what was typed over {@code item} (null: a new one); refuses with {@link InvalidInputException}. */
    abstract void save(T item, Map<String, String> typed);

    abstract void delete(long id);

    String base() {
        return TaxonomyScreens.BASE + "/" + tab();
    }

    @GetMapping
    String listPage(StaffUser me, @RequestParam(required = false) String done, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_TAXONOMY);
        return list(me, done, req, model);
    }

    @GetMapping("/new")
    String create(StaffUser me, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_TAXONOMY);
        return page(me, null, Form.values(blank()), "", req, model);
    }

    @GetMapping("/{id}")
    String edit(StaffUser me, @PathVariable long id, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_TAXONOMY);
        T item = find(id);
        return page(me, item, Form.values(values(item)), "", req, model);
    }

    @PostMapping
    String insert(StaffUser me, @RequestParam Map<String, String> typed, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_TAXONOMY);
        return saved(me, null, typed, req, model);
    }

    @PostMapping("/{id}")
    String update(StaffUser me, @PathVariable long id, @RequestParam Map<String, String> typed,
                  HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_TAXONOMY);
        return saved(me, find(id), typed, req, model);
    }

    @PostMapping("/{id}/delete")
    String remove(StaffUser me, @PathVariable long id, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_TAXONOMY);
        T item = find(id);
        try {
            delete(id);
            return "redirect:" + base() + "?done=deleted";
        } catch (InvalidInputException e) {
            return page(me, item, Form.values(values(item)), name(item) + " cannot be deleted: "
                    + e.errors().get(0).message() + ".", req, model);
        }
    }

    private String saved(StaffUser me, T item, Map<String, String> typed, HttpServletRequest req, Model model) {
        try {
            save(item, typed);
            return "redirect:" + base() + "?done=saved";
        } catch (InvalidInputException e) {
            return page(me, item, Form.of(typed, e), "", req, model);
        }
    }
}
