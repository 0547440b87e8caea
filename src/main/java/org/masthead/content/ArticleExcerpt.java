package org.masthead.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The free opening of a gated article shown above the wall: the body's top-level blocks up to and including its
 * {@code n}-th paragraph, so a lead picture or an "Also read" box before them comes along, and nothing after them
 * ever does. Never the whole story: at least its last paragraph stays behind the wall, so a short story shows
 * fewer paragraphs (a one-paragraph story, none). The body was sanitized when saved, so its blocks are known.
 * The site shows it above the wall and newsletters send it to readers not entitled to the rest; content only
 * cuts, the paywall decides who gets what.
 */
public final class ArticleExcerpt {

    private ArticleExcerpt() {
    }

    public static String of(String bodyHtml, int paragraphs) {
        if (paragraphs <= 0 || bodyHtml == null || bodyHtml.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        long total = doc.body().children().stream().filter(e -> e.normalName().equals("p")).count();
        int shown = (int) Math.min(paragraphs, total - 1);
        if (shown <= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (Node n : doc.body().childNodes()) {
            out.append(n.outerHtml());
            if (n instanceof Element e && e.normalName().equals("p") && ++seen == shown) {
                break;
            }
        }
        return out.toString();
    }
}
