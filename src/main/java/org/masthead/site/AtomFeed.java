package org.masthead.site;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes a {@link FeedModel} as Atom 1.0 (RFC 4287) with ROME. The publication is the feed's author, so
 * every entry has one even without a byline; the lead image is a {@code link rel="enclosure"}; the
 * language is {@code xml:lang} on the root.
 */
final class AtomFeed {

    private AtomFeed() {
    }

    static byte[] write(FeedModel feed) {
        Feed f = new Feed("atom_1.0");
        f.setEncoding("UTF-8");
        f.setId(feed.atomUrl());
        f.setTitle(XmlText.clean(feed.title()));
        f.setSubtitle(text(feed.description()));
        f.setUpdated(Date.from(feed.updated()));
        f.setLogo(feed.logoUrl());
        f.setAlternateLinks(List.of(link("alternate", feed.pageUrl(), "text/html")));
        f.setOtherLinks(List.of(link("self", feed.atomUrl(), "application/atom+xml")));
        f.setAuthors(List.of(person(feed.publisher())));
        f.setEntries(feed.entries().stream().map(AtomFeed::entry).toList());
        try {
            // ROME's Atom generator drops the language; xml:lang on the root is where RFC 4287 puts it
            Document doc = new WireFeedOutput().outputJDom(f);
            doc.getRootElement().setAttribute("lang", feed.language(), Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(doc)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write Atom for " + feed.atomUrl(), e);
        }
    }

    private static Entry entry(FeedModel.Entry e) {
        Entry entry = new Entry();
        entry.setId(e.id());
        entry.setTitle(XmlText.clean(e.title()));
        entry.setAlternateLinks(List.of(link("alternate", e.url(), "text/html")));
        entry.setPublished(Date.from(e.published()));
        entry.setUpdated(Date.from(e.updated()));
        entry.setAuthors(e.authors().stream().map(AtomFeed::person).toList());
        entry.setCategories(e.categories().stream().map(name -> {
            Category c = new Category();
            c.setTerm(XmlText.clean(name));
            return c;
        }).toList());
        if (!e.summary().isBlank()) {
            entry.setSummary(text(e.summary()));
        }
        if (e.fullHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(XmlText.clean(e.fullHtml()));
            entry.setContents(List.of(content));
        }
        List<Link> other = new ArrayList<>();
        if (e.enclosure() != null) {
            Link enclosure = link("enclosure", e.enclosure().url(), e.enclosure().type());
            enclosure.setLength(e.enclosure().length());
            other.add(enclosure);
        }
        entry.setOtherLinks(other);
        return entry;
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(XmlText.clean(value));
        return c;
    }

    private static Link link(String rel, String href, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        return l;
    }

    private static SyndPerson person(FeedModel.Person p) {
        Person person = new Person();
        person.setName(XmlText.clean(p.name()));
        person.setUri(p.url());
        return person;
    }
}
