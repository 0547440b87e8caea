package org.masthead.media;

import org.masthead.platform.InvalidInputException;

/**
 * The words that go with an image in the library: alt text for readers who cannot see it, a caption and a
 * credit. Articles carry their own copy of these when they place the image; the library's are the defaults
 * the editor offers, and what the Content API shows where no article's words apply.
 */
public record ImageText(String alt, String caption, String credit) {

    static final int ALT_MAX = 300;
    static final int CAPTION_MAX = 500;
    static final int CREDIT_MAX = 200;

    public ImageText {
        alt = tidy(alt);
        caption = tidy(caption);
        credit = tidy(credit);
    }

    /** Refuses, naming every field at once, text that would not fit or that says nothing to a reader. */
    ImageText checked(String filename) {
        InvalidInputException.Builder problems = InvalidInputException.builder();
        tooLong(problems, "alt", "Alt text", alt, ALT_MAX);
        tooLong(problems, "caption", "The caption", caption, CAPTION_MAX);
        tooLong(problems, "credit", "The credit", credit, CREDIT_MAX);
        if (!alt.isEmpty() && filename != null && alt.equalsIgnoreCase(filename.trim())) {
            problems.add("alt", "Describe what the picture shows; the file name tells a reader nothing");
        }
        problems.throwIfAny();
        return this;
    }

    private static void tooLong(InvalidInputException.Builder problems, String field, String label, String value, int max) {
        if (value.length() > max) {
            problems.add(field, label + " can be at most " + max + " characters; this is " + value.length());
        }
    }

    /** Line breaks and runs of spaces become one space: all three are shown on one line. */
    private static String tidy(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
