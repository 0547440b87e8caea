package org.masthead.admin;

import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the sections, tags and authors screens. */
public final class TaxonomyPages {
    private TaxonomyPages() {
    }

    /** The three lists, one of them current. */
    public record Tab(String href, String label, boolean current) { }

    /** A line of a list: its edit page, readers' page, and what the list shows beside the name. */
    public record Row(String href, String name, boolean indented, String publicHref, List<String> cells, int articles) { }

    public record Option(String value, String label, boolean selected) { }

    /** A list with its column headings ({@code headings} match each row's {@code cells}). */
    public record ListPage(StaffChrome chrome, List<Tab> tabs, String title, String newHref, String newLabel,
                           List<String> headings, List<Row> rows, String notice) { }

    /**
     * A section, tag or author form: new when {@code action} has no id. {@code usage} says what uses it;
     * {@code refusal} why the last delete was refused.
     */
    public record EditPage(StaffChrome chrome, List<Tab> tabs, String title, String action, String deleteAction,
                           String publicHref, Form form, String usage, String refusal, List<Option> choices,
                           String photoSrc) { }
}
