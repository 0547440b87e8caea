package org.masthead.newsletter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An article body (sanitized when saved: {@code content.ArticleBody}'s subset) made fit for mail clients: every
 * element styled inline (clients drop {@code <style>} blocks and classes), links and pictures made absolute,
 * pictures at most the column's width with alt text, video embeds turned into links (no client plays them), and
 * "Also read" blocks left out (their headlines are filled in on the site at display time). Also the same body as
 * plain text, paragraph by paragraph, with each link's URL in full after its words.
 */
final class MailBody {

    /** The width of the e-mail's column in pixels: 600 less its padding. */
    static final int COLUMN = 552;

    private static final String SERIF = "font-family:Georgia,'Times New Roman',Times,serif;";
    private static final String SANS = "font-family:Arial,Helvetica,sans-serif;";
    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("p", "margin:0 0 16px 0;" + SERIF + "font-size:17px;line-height:27px;color:#1a1a1a;"),
            Map.entry("h2", "margin:24px 0 10px 0;" + SERIF + "font-size:22px;line-height:28px;font-weight:bold;color:#1a1a1a;"),
            Map.entry("h3", "margin:20px 0 8px 0;" + SERIF + "font-size:19px;line-height:25px;font-weight:bold;color:#1a1a1a;"),
            Map.entry("h4", "margin:18px 0 8px 0;" + SANS + "font-size:16px;line-height:22px;font-weight:bold;color:#1a1a1a;"),
            Map.entry("blockquote", "margin:0 0 16px 0;padding:0 0 0 16px;border-left:3px solid #9b1c1c;color:#444444;font-style:italic;"),
            Map.entry("ul", "margin:0 0 16px 0;padding:0 0 0 24px;" + SERIF + "font-size:17px;line-height:27px;color:#1a1a1a;"),
            Map.entry("ol", "margin:0 0 16px 0;padding:0 0 0 24px;" + SERIF + "font-size:17px;line-height:27px;color:#1a1a1a;"),
            Map.entry("li", "margin:0 0 6px 0;"),
            Map.entry("a", "color:#16407a;text-decoration:underline;"),
            Map.entry("figure", "margin:0 0 20px 0;"),
            Map.entry("figcaption", "margin:6px 0 0 0;" + SANS + "font-size:13px;line-height:18px;color:#5c5c5c;"),
            Map.entry("cite", "font-style:normal;"));

    private MailBody() {
    }

    /** The body styled for mail; {@code absolute} turns a site path into an absolute URL. */
    static String html(String bodyHtml, UnaryOperator<String> absolute) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml);
        doc.outputSettings().prettyPrint(false);
        doc.body().select("aside").remove();
        doc.body().select("div").unwrap();
        for (Element iframe : doc.body().select("iframe")) {
            iframe.replaceWith(videoLink(iframe.attr("src")));
        }
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) {
                continue;
            }
            e.removeAttr("class").removeAttr("data-index").removeAttr("data-count").removeAttr("data-media-id");
            switch (e.normalName()) {
                case "a" -> e.attr("href", link(e.attr("href"), absolute));
                case "img" -> picture(e, absolute);
                default -> { }
            }
            String style = STYLES.get(e.normalName());
            if (style != null) {
                e.attr("style", style);
            }
        }
        return doc.body().html();
    }

    /** The body as plain text: blocks separated by blank lines, list items with a dash, links as "words (URL)". */
    static String text(String mailHtml) {
        Document doc = Jsoup.parseBodyFragment(mailHtml == null ? "" : mailHtml);
        StringBuilder out = new StringBuilder();
        for (Element block : doc.body().children()) {
            block(out, block);
        }
        return out.toString().strip();
    }

    private static void block(StringBuilder out, Element block) {
        switch (block.normalName()) {
            case "ul", "ol" -> {
                block.children().forEach(li -> out.append(IssueText.wrap("- " + inline(li))).append('\n'));
                out.append('\n');
            }
            case "figure" -> {
                Element caption = block.selectFirst("figcaption");
                Element img = block.selectFirst("img");
                String words = caption != null ? caption.text() : img != null ? img.attr("alt") : "";
                if (!words.isBlank()) {
                    out.append(IssueText.wrap("[Picture: " + words + "]")).append("\n\n");
                }
            }
            case "blockquote" -> out.append(IssueText.wrap("“" + inline(block) + "”")).append("\n\n");
            case "h2", "h3", "h4" -> out.append(inline(block).toUpperCase(java.util.Locale.ROOT)).append("\n\n");
            default -> out.append(IssueText.wrap(inline(block))).append("\n\n");
        }
    }

    /** An element's words, with each link's URL after its words unless the words are the URL. */
    private static String inline(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                out.append(t.text());
            } else if (n instanceof Element child && child.normalName().equals("a")) {
                String words = child.text();
                String href = child.attr("href");
                out.append(words.equals(href) || href.isEmpty() ? words : words + " (" + href + ")");
            } else if (n instanceof Element child && child.normalName().equals("br")) {
                out.append(' ');
            } else if (n instanceof Element child) {
                out.append(inline(child));
            }
        }
        return out.toString();
    }

    /** A site path made absolute; other links (mailto:, https:, an anchor) as they are. */
    private static String link(String href, UnaryOperator<String> absolute) {
        if (href.startsWith("//")) {
            return "https:" + href;
        }
        return href.startsWith("/") ? absolute.apply(href) : href;
    }

    private static void picture(Element img, UnaryOperator<String> absolute) {
        img.attr("src", link(img.attr("src"), absolute));
        int width = parse(img.attr("width"));
        int height = parse(img.attr("height"));
        int shown = width > 0 ? Math.min(width, COLUMN) : COLUMN;
        img.attr("width", String.valueOf(shown));
        if (width > 0 && height > 0) {
            img.attr("height", String.valueOf(Math.round((float) height * shown / width)));
        } else {
            img.removeAttr("height");
        }
        if (img.attr("alt").isBlank()) {
            Element figure = img.closest("figure");
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            img.attr("alt", caption != null && !caption.text().isBlank() ? caption.text() : "Picture");
        }
        img.attr("style", "display:block;width:100%;max-width:" + shown + "px;height:auto;border:0;");
    }

    private static Element videoLink(String src) {
        Element p = new Element("p");
        p.appendElement("a").attr("href", src).text("Watch the video");
        return p;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
