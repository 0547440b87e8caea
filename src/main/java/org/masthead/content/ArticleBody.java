package org.masthead.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article body subset, sanitized on the way in with jsoup's {@link Safelist} (rejected: the OWASP
 * sanitizer, whose policy cannot report what it removed). Allowed: paragraphs, h2–h4, strong/em, links,
 * lists, blockquote, figures with caption and credit, galleries of figures, related-article blocks
 * ({@code <aside data-related="ID">}) and iframes from allow-listed video hosts. Everything else is removed
 * and reported, so an API caller learns what did not survive.
 */
public final class ArticleBody {

    /** Sanitized body, what was dropped, and the ids of articles its related blocks point at. */
    public record Clean(String html, List<String> removed, Set<Long> relatedIds) { }

    private static final Pattern EMBED = Pattern.compile(
            "^https://(www\\.youtube-nocookie\\.com/embed/|player\\.vimeo\\.com/video/)[A-Za-z0-9_?=&.-]+$");
    private static final Set<String> CLASSES = Set.of("gallery", "credit");

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "h2", "h3", "h4", "strong", "em", "b", "i", "a", "ul", "ol", "li", "blockquote",
                    "figure", "figcaption", "img", "br", "span", "div", "aside", "iframe", "cite")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height", "data-media-id")
            .addAttributes("span", "class")
            .addAttributes("div", "class", "data-count")
            .addAttributes("figcaption", "data-index", "data-count") // gallery counters, recomputed on save
            .addAttributes("aside", "data-related")
            // the last three are what tidy() sets on a kept embed: allowed so a saved body passes again unreported
            .addAttributes("iframe", "src", "title", "loading", "allowfullscreen", "referrerpolicy")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    private ArticleBody() {
    }

    public static Clean sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, "https://masthead.invalid/");
        List<String> removed = report(dirty);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        Set<Long> related = new LinkedHashSet<>();
        for (Element e : clean.body().getAllElements()) {
            tidy(e, removed, related);
        }
        clean.outputSettings().prettyPrint(false);
        String out = clean.body().html().replace("https://masthead.invalid/", "/");
        return new Clean(out, List.copyOf(removed), Set.copyOf(related));
    }

    private static List<String> report(Document dirty) {
        List<String> removed = new ArrayList<>();
        for (Element e : dirty.body().getAllElements()) {
            if (e == dirty.body()) {
                continue;
            }
            if (!SAFELIST.isSafeTag(e.normalName())) {
                removed.add("<" + e.normalName() + ">");
                continue;
            }
            for (Attribute a : e.attributes()) {
                if (!SAFELIST.isSafeAttribute(e.normalName(), e, a)) {
                    removed.add(a.getKey() + " on <" + e.normalName() + ">");
                }
            }
        }
        return removed;
    }

    private static void tidy(Element e, List<String> removed, Set<Long> related) {
        if (e.hasAttr("class")) {
            String kept = e.classNames().stream().filter(CLASSES::contains).reduce((a, b) -> a + " " + b).orElse("");
            if (kept.isEmpty()) {
                e.removeAttr("class");
            } else {
                e.attr("class", kept);
            }
        }
        switch (e.normalName()) {
            case "iframe" -> {
                if (!EMBED.matcher(e.attr("src")).matches()) {
                    removed.add("embed from " + e.attr("src"));
                    e.remove();
                } else {
                    e.attr("loading", "lazy").attr("allowfullscreen", "").attr("referrerpolicy", "strict-origin");
                }
            }
            case "aside" -> {
                String id = e.attr("data-related");
                if (id.matches("[0-9]{1,18}")) {
                    related.add(Long.parseLong(id));
                    e.empty(); // rendered at display time with the target's current headline
                } else {
                    removed.add("related block without an article id");
                    e.remove();
                }
            }
            case "div" -> {
                if (e.hasClass("gallery")) {
                    numberGallery(e);
                } else {
                    e.unwrap();
                }
            }
            default -> { }
        }
    }

    /** Each picture of a gallery gets its "3 / 8" in its caption (CSS cannot read the gallery's count there). */
    private static void numberGallery(Element gallery) {
        List<Element> figures = gallery.select("> figure");
        gallery.attr("data-count", String.valueOf(figures.size()));
        for (int i = 0; i < figures.size(); i++) {
            Element caption = figures.get(i).selectFirst("> figcaption");
            if (caption == null) {
                caption = figures.get(i).appendElement("figcaption");
            }
            caption.attr("data-index", String.valueOf(i + 1)).attr("data-count", String.valueOf(figures.size()));
        }
    }
}
