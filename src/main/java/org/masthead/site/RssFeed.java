package org.masthead.site;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link FeedModel} as RSS 2.0 with ROME. Bylines go in {@code dc:creator} (RSS's own
 * {@code <author>} must be an e-mail address); the full body in {@code content:encoded}; the feed's own
 * address in {@code atom:link rel="self"}, as the RSS Advisory Board recommends.
 */
final class RssFeed {

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssFeed() {
    }

    static byte[] write(FeedModel feed) {
        Channel c = new Channel("rss_2.0");
        c.setEncoding("UTF-8");
        c.setTitle(XmlText.clean(feed.title()));
        c.setLink(feed.pageUrl());
        c.setDescription(XmlText.clean(feed.description()));
        c.setLanguage(feed.language().toLowerCase(Locale.ROOT));
        c.setLastBuildDate(Date.from(feed.updated()));
        c.setPubDate(Date.from(feed.updated()));
        Image image = new Image();
        image.setUrl(feed.logoUrl());
        image.setTitle(c.getTitle()); // RSS asks for the channel's title and link here, so readers can match them
        image.setLink(feed.pageUrl());
        image.setWidth(null); // RSS caps the width at 144 pixels and the logo is wider: readers scale it
        image.setHeight(null);
        c.setImage(image);
        Element self = new Element("link", ATOM);
        self.setAttribute("href", feed.rssUrl());
        self.setAttribute("rel", "self");
        self.setAttribute("type", "application/rss+xml");
        c.setForeignMarkup(List.of(self));
        c.setItems(feed.entries().stream().map(RssFeed::item).toList());
        try {
            return new WireFeedOutput().outputString(c).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write RSS for " + feed.rssUrl(), e);
        }
    }

    private static Item item(FeedModel.Entry e) {
        Item item = new Item();
        item.setTitle(XmlText.clean(e.title()));
        item.setLink(e.url());
        Guid guid = new Guid();
        guid.setPermaLink(true);
        guid.setValue(e.url());
        item.setGuid(guid);
        item.setPubDate(Date.from(e.published()));
        if (!e.summary().isBlank()) {
            Description d = new Description();
            d.setType("text/html");
            d.setValue(HtmlUtils.htmlEscape(XmlText.clean(e.summary()), "UTF-8")); // RSS readers treat it as HTML
            item.setDescription(d);
        }
        if (e.fullHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(XmlText.clean(e.fullHtml()));
            item.setContent(content);
        }
        item.setCategories(e.categories().stream().map(name -> {
            Category category = new Category();
            category.setValue(XmlText.clean(name));
            return category;
        }).toList());
        if (e.enclosure() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(e.enclosure().url());
            enclosure.setLength(e.enclosure().length());
            enclosure.setType(e.enclosure().type());
            item.setEnclosures(List.of(enclosure));
        }
        DCModuleImpl dc = new DCModuleImpl();
        dc.setCreators(e.authors().stream().map(p -> XmlText.clean(p.name())).toList());
        item.setModules(List.<Module>of(dc));
        return item;
    }
}
