package org.masthead.content;

import java.util.List;

/**
 * What changed between two revisions of an article: word-level differences of the headline, the standfirst and
 * the body's text (markup left out), and the other fields that differ, by name.
 */
public record Comparison(Revision from, Revision to, List<Segment> headline, List<Segment> standfirst,
                         List<Segment> body, List<FieldChange> fields) {

    public enum Change { SAME, ADDED, REMOVED }

    /** A run of text that is the same in both, only in the newer ({@code ADDED}) or only in the older. */
    public record Segment(Change change, String text) { }

    /** A field other than the three texts, as it was and as it became. */
    public record FieldChange(String field, String before, String after) { }

    public boolean textChanged() {
        return changed(headline) || changed(standfirst) || changed(body);
    }

    private static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.change() != Change.SAME);
    }
}
