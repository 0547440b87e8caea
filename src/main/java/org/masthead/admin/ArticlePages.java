package org.masthead.admin;

import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the newsroom's article screens: the list, the editor, history and comparison. */
public final class ArticlePages {
    private ArticlePages() {
    }

    /** A choice in a {@code <select>} or a set of links. */
    public record Option(String value, String label, boolean selected) { }

    /** A status as a small coloured label; {@code tone} is a CSS class ("", "ok", "warn", "bad"). */
    public record Status(String label, String tone) { }

    public record ListRow(long id, String headline, String href, Status status, String section, String bylines,
                          String access, String changed, String changedBy, String published, String viewHref,
                          boolean mayUnpublish) { }

    public record Pager(int page, int pages, long total, String prevHref, String nextHref) { }

    public record ListPage(StaffChrome chrome, List<ListRow> rows, Pager pager, String q, List<Option> statuses,
                           List<Option> sections, List<Option> authors, List<Option> access, List<Option> sorts,
                           boolean seesAll, boolean mayCreate, boolean mayBulkUnpublish, String notice) { }

    public record ConfirmUnpublishPage(StaffChrome chrome, List<ListRow> rows) { }

    /** One byline in the editor, with what its buttons say ("Move Lena Varga up"). */
    public record Byline(int index, String slug, String name, boolean first, boolean last) { }

    /** Which buttons the editor shows, as the workflow policy answered, and their words. */
    public record Buttons(boolean save, String saveLabel, boolean submit, boolean publish, boolean schedule,
                          boolean withdraw, String withdrawLabel, boolean unpublish, String unpublishLabel,
                          boolean delete, boolean preview, boolean history) { }

    /** Someone saved meanwhile: who, when, and where to see what they changed. */
    public record Conflict(String who, String when, int theirVersion, String compareHref, String overwriteAction) { }

    public record PreviewLink(String url, String expires) { }

    public record EditorPage(StaffChrome chrome, String title, String action, Long id, int version, Status status,
                             Form form, List<Byline> bylines, List<Option> bylineChoices, List<Option> sections,
                             List<Option> access, String relatedTitlesJson, String leadPreview, String socialPreview,
                             Buttons buttons, boolean readOnly, boolean live, String zone, boolean autosave,
                             String lastSaved, String viewHref, String historyHref, Conflict conflict,
                             List<String> altWarnings, String altAnywayAction, List<String> removed, String notice,
                             String error, PreviewLink previewLink) { }

    public record HistoryRow(int version, String kind, String who, String when, Status status, boolean current,
                             boolean mayRestore) { }

    public record HistoryPage(StaffChrome chrome, long id, String headline, int current, List<HistoryRow> rows,
                              String editHref, boolean mayRestore) { }

    /** A run of text: {@code change} is "same", "added" or "removed". */
    public record Segment(String change, String text) { }

    public record FieldChange(String field, String before, String after) { }

    public record ComparePage(StaffChrome chrome, long id, String headline, String fromLabel, String toLabel,
                              int from, int to, List<Segment> headlineDiff, List<Segment> standfirstDiff,
                              List<Segment> bodyDiff, List<FieldChange> fields, boolean textChanged,
                              boolean mayRestore, int current, String historyHref, String editHref) { }

    public record DeletePage(StaffChrome chrome, long id, String headline, int version) { }
}
