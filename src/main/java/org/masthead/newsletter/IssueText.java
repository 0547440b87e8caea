package org.masthead.newsletter;

import org.masthead.newsletter.IssueMails.Breaking;
import org.masthead.newsletter.IssueMails.Custom;
import org.masthead.newsletter.IssueMails.Digest;
import org.masthead.newsletter.IssueMails.Frame;
import org.masthead.newsletter.IssueMails.Paragraph;
import org.masthead.newsletter.IssueMails.Run;
import org.masthead.newsletter.IssueMails.Story;

import java.util.List;
import java.util.Locale;

/**
 * The plain-text part of each issue, from the same view record as its HTML: the same words in the same order,
 * wrapped at {@value #WIDTH} columns, every link in full on a line of its own (never broken), so the text part
 * reads well in any client and its links work when pasted.
 */
final class IssueText {

    static final int WIDTH = 72;
    private static final String RULE = "-".repeat(WIDTH);

    private IssueText() {
    }

    static String digest(Digest d) {
        StringBuilder out = top(d.frame());
        story(out, d.lead());
        for (Story s : d.stories()) {
            out.append(RULE).append("\n\n");
            story(out, s);
        }
        out.append(RULE).append("\n\nMore at ").append(d.frame().siteHost()).append(":\n").append(d.frame().siteUrl()).append("\n\n");
        return bottom(out, d.frame());
    }

    static String breaking(Breaking b) {
        StringBuilder out = top(b.frame());
        out.append(b.kicker().toUpperCase(Locale.ROOT)).append("\n\n");
        paragraphs(out, b.intro());
        out.append(wrap(b.story().headline())).append("\n\n");
        if (!b.story().standfirst().isEmpty()) {
            out.append(wrap(b.story().standfirst())).append("\n\n");
        }
        out.append(b.bodyText().strip()).append("\n\n");
        if (!b.gateNote().isEmpty()) {
            out.append(wrap(b.gateNote())).append("\n\n");
        }
        out.append(b.continueLabel()).append(":\n").append(b.story().url()).append("\n\n");
        return bottom(out, b.frame());
    }

    static String custom(Custom c) {
        StringBuilder out = top(c.frame());
        out.append(wrap(c.heading())).append("\n\n");
        paragraphs(out, c.paragraphs());
        return bottom(out, c.frame());
    }

    private static StringBuilder top(Frame f) {
        StringBuilder out = new StringBuilder(4096);
        out.append(f.publicationName().toUpperCase(Locale.ROOT)).append('\n').append(f.listName());
        if (!f.dateLine().isEmpty()) {
            out.append(" · ").append(f.dateLine());
        }
        return out.append('\n').append("=".repeat(WIDTH)).append("\n\n");
    }

    private static void story(StringBuilder out, Story s) {
        out.append(s.section().toUpperCase(Locale.ROOT));
        if (!s.label().isEmpty()) {
            out.append(" · ").append(s.label());
        }
        out.append('\n').append(wrap(s.headline())).append('\n');
        if (!s.standfirst().isEmpty()) {
            out.append(wrap(s.standfirst())).append('\n');
        }
        if (!s.time().isEmpty()) {
            out.append(s.time()).append('\n');
        }
        out.append(s.url()).append("\n\n");
    }

    private static void paragraphs(StringBuilder out, List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            for (List<Run> line : p.lines()) {
                StringBuilder l = new StringBuilder();
                line.forEach(r -> l.append(r.text()));
                out.append(wrap(l.toString())).append('\n');
            }
            out.append('\n');
        }
    }

    private static String bottom(StringBuilder out, Frame f) {
        if (f.subscribeUrl() != null) {
            out.append("Subscribers read every story in full. Subscribe to ").append(f.publicationName()).append(":\n")
                    .append(f.subscribeUrl()).append("\n\n");
        }
        out.append("-- \n").append(wrap(f.reason())).append("\n\n")
                .append("Unsubscribe from ").append(f.listName()).append(":\n").append(f.unsubscribeUrl()).append('\n')
                .append("Manage your newsletters:\n").append(f.manageUrl()).append("\n\n")
                .append(f.publicationName()).append(" · ").append(f.siteUrl()).append('\n');
        if (!f.postalAddress().isEmpty()) {
            out.append(f.postalAddress()).append('\n');
        }
        return out.toString();
    }

    /** Words filled into lines of at most {@value #WIDTH} columns; a longer word (a URL) has a line to itself. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int column = 0;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (column > 0 && column + 1 + word.length() > WIDTH) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
