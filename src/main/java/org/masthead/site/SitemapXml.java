package org.masthead.site;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes sitemaps (sitemaps.org protocol 0.9) and Google News sitemaps with a StAX writer, which escapes
 * every text; titles come from the newsroom and are never pasted into markup. Dates are W3C Datetime in
 * the publication's zone.
 */
final class SitemapXml {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    /** A {@code <url>} of a urlset, or a {@code <sitemap>} of an index; {@code lastmod} may be null. */
    record Url(String loc, Instant lastmod) { }

    record NewsUrl(String loc, String title, Instant published) { }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {
    }

    static byte[] index(List<Url> sitemaps, ZoneId zone) {
        return document("sitemapindex", false, w -> {
            for (Url s : sitemaps) {
                located(w, "sitemap", s, zone);
            }
        });
    }

    static byte[] urlset(List<Url> urls, ZoneId zone) {
        return document("urlset", false, w -> {
            for (Url u : urls) {
                located(w, "url", u, zone);
            }
        });
    }

    static byte[] news(List<NewsUrl> urls, String publication, String language, ZoneId zone) {
        return document("urlset", true, w -> {
            for (NewsUrl u : urls) {
                w.writeStartElement("", "url", SITEMAP);
                text(w, "", "loc", SITEMAP, u.loc());
                w.writeStartElement("news", "news", NEWS);
                w.writeStartElement("news", "publication", NEWS);
                text(w, "news", "name", NEWS, publication);
                text(w, "news", "language", NEWS, language);
                w.writeEndElement();
                text(w, "news", "publication_date", NEWS, W3cDateTime.format(u.published(), zone));
                text(w, "news", "title", NEWS, u.title());
                w.writeEndElement();
                w.writeEndElement();
                w.writeCharacters("\n");
            }
        });
    }

    private static void located(XMLStreamWriter w, String element, Url u, ZoneId zone) throws XMLStreamException {
        w.writeStartElement("", element, SITEMAP);
        text(w, "", "loc", SITEMAP, u.loc());
        if (u.lastmod() != null) {
            text(w, "", "lastmod", SITEMAP, W3cDateTime.format(u.lastmod(), zone));
        }
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    private static byte[] document(String root, boolean news, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("", root, SITEMAP);
            w.writeDefaultNamespace(SITEMAP);
            if (news) {
                w.writeNamespace("news", NEWS);
            }
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + root, e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter w, String prefix, String name, String ns, String value)
            throws XMLStreamException {
        w.writeStartElement(prefix, name, ns);
        w.writeCharacters(XmlText.clean(value));
        w.writeEndElement();
    }
}
