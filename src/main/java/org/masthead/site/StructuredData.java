package org.masthead.site;

import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.AuthorKind;
import org.masthead.content.Refs;
import org.masthead.platform.Publication;
import org.masthead.platform.SocialProfile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD: NewsArticle and BreadcrumbList on articles, Organization on the home page. Desks are
 * Organizations, people are Persons. The output is safe inside a {@code <script>} element ("<" is escaped).
 */
@Component
class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Publication publication;

    StructuredData(Publication publication) {
        this.publication = publication;
    }

    String article(Article a, String url, String imageUrl, Refs.SectionRef parent) {
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("@context", "https://schema.org");
        news.put("@type", "NewsArticle");
        news.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        news.put("headline", a.headline().length() > 110 ? a.headline().substring(0, 110) : a.headline());
        news.put("description", a.standfirst());
        news.put("datePublished", iso(a.firstPublishedAt()));
        news.put("dateModified", iso(a.updatedAt() != null ? a.updatedAt() : a.firstPublishedAt()));
        news.put("author", a.bylines().stream().map(this::author).toList());
        news.put("publisher", organization());
        if (imageUrl != null) {
            news.put("image", List.of(imageUrl));
        }
        news.put("articleSection", a.section().name());
        news.put("keywords", a.tags().stream().map(Refs.TagRef::name).toList());
        news.put("isAccessibleForFree", a.access() == AccessLevel.FREE);
        if (a.access() != AccessLevel.FREE) {
            news.put("hasPart", Map.of("@type", "WebPageElement", "isAccessibleForFree", false,
                    "cssSelector", ".article-body"));
        }
        news.put("inLanguage", publication.language());

        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(crumb(1, publication.name(), publication.absolute("/")));
        if (parent != null) {
            crumbs.add(crumb(2, parent.name(), publication.absolute("/" + parent.slug())));
        }
        crumbs.add(crumb(crumbs.size() + 1, a.section().name(), publication.absolute("/" + a.section().slug())));
        crumbs.add(crumb(crumbs.size() + 1, a.headline(), url));
        Map<String, Object> breadcrumbs = new LinkedHashMap<>();
        breadcrumbs.put("@context", "https://schema.org");
        breadcrumbs.put("@type", "BreadcrumbList");
        breadcrumbs.put("itemListElement", crumbs);
        return write(List.of(news, breadcrumbs));
    }

    String home() {
        Map<String, Object> org = new LinkedHashMap<>(organization());
        org.put("@context", "https://schema.org");
        org.put("url", publication.absolute("/"));
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("@context", "https://schema.org");
        site.put("@type", "WebSite");
        site.put("name", publication.name());
        site.put("url", publication.absolute("/"));
        return write(List.of(org, site));
    }

    private Map<String, Object> organization() {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "NewsMediaOrganization");
        org.put("name", publication.name());
        org.put("url", publication.absolute("/"));
        org.put("logo", Map.of("@type", "ImageObject", "url", publication.absolute(publication.logoPath())));
        if (!publication.socialProfiles().isEmpty()) {
            org.put("sameAs", publication.socialProfiles().stream().map(SocialProfile::url).toList());
        }
        return org;
    }

    private Map<String, Object> author(Refs.AuthorRef a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", a.kind() == AuthorKind.DESK ? "Organization" : "Person");
        m.put("name", a.name());
        m.put("url", publication.absolute("/author/" + a.slug()));
        return m;
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "ListItem");
        m.put("position", position);
        m.put("name", name);
        m.put("item", url);
        return m;
    }

    /** ISO 8601 with the publication's offset, to the second, matching the page's {@code <time datetime>}. */
    private String iso(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                at.atZone(publication.timeZone()).withNano(0));
    }

    private static String write(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c");
    }
}
