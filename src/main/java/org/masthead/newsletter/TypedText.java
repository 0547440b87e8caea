package org.masthead.newsletter;

import org.masthead.newsletter.IssueMails.Paragraph;
import org.masthead.newsletter.IssueMails.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short text typed in the newsroom, as paragraphs for an e-mail: blank lines part paragraphs, a single line
 * break stays one, and web addresses become links. Nothing typed is markup: the template escapes every run.
 * Rejected: Markdown, which would invite formatting a one-column e-mail cannot keep and a preview to check it.
 */
final class TypedText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}'’”";

    private TypedText() {
    }

    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        String normalised = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (String block : normalised.split("\n\\s*\n")) {
            List<List<Run>> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(runs(line.strip()));
                }
            }
            if (!lines.isEmpty()) {
                out.add(new Paragraph(List.copyOf(lines)));
            }
        }
        return List.copyOf(out);
    }

    /** The line's text and links; a link leaves trailing punctuation ("see https://x.org.") to the text. */
    private static List<Run> runs(String line) {
        List<Run> runs = new ArrayList<>();
        Matcher m = URL.matcher(line);
        int at = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            if (m.start() > at) {
                runs.add(new Run(line.substring(at, m.start()), null));
            }
            String url = line.substring(m.start(), end);
            runs.add(new Run(url, url));
            at = end;
        }
        if (at < line.length()) {
            runs.add(new Run(line.substring(at), null));
        }
        return List.copyOf(runs);
    }
}
