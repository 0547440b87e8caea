package org.masthead.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the links and image addresses of a rendered body absolute, against the article's URL. A feed
 * reader shows the body away from our site, where {@code /media/4/640.jpg} or {@code /world/…} lead
 * nowhere (xml:base would do this for Atom only, and many readers ignore it). The body subset has no
 * srcset, so {@code href} and {@code src} are all there is to fix.
 */
final class AbsoluteLinks {
    private AbsoluteLinks() {
    }

    static String in(String html, String baseUrl) {
        Document doc = Jsoup.parseBodyFragment(html, baseUrl);
        doc.outputSettings().prettyPrint(false);
        for (String attribute : new String[] {"href", "src"}) {
            for (Element e : doc.body().select("[" + attribute + "]")) {
                String absolute = e.absUrl(attribute);
                if (!absolute.isEmpty()) {
                    e.attr(attribute, absolute);
                }
            }
        }
        return doc.body().html();
    }
}
