package org.masthead.admin;

import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the media library's screens, and the JSON the editor's image picker reads. */
public final class MediaPages {
    private MediaPages() {
    }

    /** One image in the grid; {@code label} is its caption, or its file name when it has none. */
    public record Card(long id, String href, String src, String srcset, String alt, String label, String facts,
                       boolean missingAlt) { }

    /** The library: a page of images, the search that found them and what the viewer may do. */
    public record GridPage(StaffChrome chrome, String query, boolean missingAltOnly, List<Card> cards,
                           String summary, long missingAltCount, String missingAltHref, int page, int pages,
                           String newerHref, String olderHref, Upload upload, String notice, List<String> errors) { }

    /** The upload form, when the viewer may upload; {@code maxBytes} lets the page refuse a file before sending it. */
    public record Upload(String limit, long maxBytes, String accept) { }

    /** The plain upload form's answer to a file over the limit, which is refused before anyone is known. */
    public record TooLargePage(String siteName, String limit, int files) { }

    /** A fact about the stored file, e.g. "Format" → "JPEG". */
    public record Fact(String label, String value) { }

    /** A responsive size readers are served, linked to its file. */
    public record Size(String label, String href) { }

    /** An article or author that shows the image; {@code where} says how ("lead image, in the body"). */
    public record Use(String href, String title, String where, String status, String tone) { }

    /**
     * One image. {@code keptBecause} is empty when nothing uses it (it may be deleted), else why it may not be;
     * {@code error} says why a request was refused. The form holds the saved words, or what was typed when
     * they were refused.
     */
    public record ImagePage(StaffChrome chrome, long id, String title, String src, String alt, int width, int height,
                            List<Fact> facts, List<Size> sizes, Form form, boolean mayEdit, String notice,
                            String error, List<Use> articles, List<Use> portraits, String keptBecause) { }

    /** An image as the editor's picker inserts it (the editor's contract); sizes are those of {@code largest}. */
    public record Item(long id, String src, String largest, int width, int height, String alt, String caption,
                       String credit) { }

    public record Results(List<Item> items, int page, int pages) { }
}
