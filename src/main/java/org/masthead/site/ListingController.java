package org.masthead.site;

import org.masthead.content.ArticleFilter;
import org.masthead.content.ArticlePage;
import org.masthead.content.ArticleQueries;
import org.masthead.content.Author;
import org.masthead.content.AuthorKind;
import org.masthead.content.Section;
import org.masthead.content.Slugs;
import org.masthead.content.Tag;
import org.masthead.content.TaxonomyService;
import org.masthead.platform.NotFoundException;
import org.masthead.site.Views.Link;
import org.masthead.site.Views.ListingPage;
import org.masthead.site.Views.Meta;
import org.masthead.site.Views.Pagination;
import org.masthead.platform.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** Section, tag and author/desk pages: paginated archives, newest first; a renamed one's old slug answers 301. */
@Controller
@PublicPage
class ListingController {

    private final ArticleQueries articles;
    private final TaxonomyService taxonomy;
    private final ViewParts parts;
    private final SiteProperties props;

    ListingController(ArticleQueries articles, TaxonomyService taxonomy, ViewParts parts, SiteProperties props) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.parts = parts;
        this.props = props;
    }

    @GetMapping("/{slug:[a-z0-9-]+}")
    Object section(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        Section s = taxonomy.section(slug).filter(x -> !Slugs.RESERVED.contains(x.slug())).orElse(null);
        if (s == null) {
            return taxonomy.renamedSection(slug).map(r -> Moved.to(ViewParts.sectionHref(r.slug())))
                    .orElseThrow(() -> new NotFoundException("no section " + slug));
        }
        List<Link> subsections = taxonomy.children(s.id()).stream()
                .map(c -> new Link(ViewParts.sectionHref(c.slug()), c.name())).toList();
        String kind = s.parentId() == null ? "Section" : taxonomy.section(s.parentId()).map(Section::name).orElse("Section");
        return listing(model, "/" + slug, kind, s.name(), s.description(), null, null, subsections,
                articles.published(ArticleFilter.section(s.id()), checked(page), props.pageSize()));
    }

    @GetMapping("/tag/{slug:[a-z0-9-]+}")
    Object tag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        Tag t = taxonomy.tag(slug).orElse(null);
        if (t == null) {
            return taxonomy.renamedTag(slug).map(r -> Moved.to("/tag/" + r.slug()))
                    .orElseThrow(() -> new NotFoundException("no tag " + slug));
        }
        return listing(model, "/tag/" + slug, "Topic", t.name(), "", null, null, List.of(),
                articles.published(ArticleFilter.tag(t.id()), checked(page), props.pageSize()));
    }

    @GetMapping("/author/{slug:[a-z0-9-]+}")
    Object author(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        Author a = taxonomy.author(slug).orElse(null);
        if (a == null) {
            return taxonomy.renamedAuthor(slug).map(r -> Moved.to("/author/" + r.slug()))
                    .orElseThrow(() -> new NotFoundException("no author " + slug));
        }
        Views.Picture photo = a.photoMediaId() == null ? null : parts.portrait(a.photoMediaId(), a.name());
        return listing(model, "/author/" + slug, a.kind() == AuthorKind.DESK ? "Desk" : "Reporter", a.name(), a.bio(),
                a.jobTitle(), photo, List.of(), articles.published(ArticleFilter.author(a.id()), checked(page), props.pageSize()));
    }

    private String listing(Model model, String base, String kind, String title, String description, String jobTitle,
                           Views.Picture photo, List<Link> subsections, ArticlePage result) {
        if (result.page() > result.pages()) {
            throw new NotFoundException("no page " + result.page() + " of " + base);
        }
        String prev = result.page() <= 1 ? null : result.page() == 2 ? base : base + "?page=" + (result.page() - 1);
        String next = result.page() >= result.pages() ? null : base + "?page=" + (result.page() + 1);
        String canonical = parts.absolute(result.page() == 1 ? base : base + "?page=" + result.page());
        String pageTitle = title + (result.page() > 1 ? " – page " + result.page() : "") + " | " + parts.publication().name();
        Meta meta = new Meta(pageTitle, parts.description(title, description), canonical, "website", null, null, null,
                parts.feeds(base, title),
                prev, next, null, null, null, List.of());
        model.addAttribute("page", new ListingPage(parts.chrome(), meta, kind, title, description, jobTitle, photo, subsections,
                parts.cards(result.items(), "(min-width: 960px) 240px, 100vw"),
                new Pagination(result.page(), result.pages(), prev, next), base + "/rss.xml"));
        return "site/listing";
    }

    private static int checked(int page) {
        if (page < 1 || page > 10_000) {
            throw new NotFoundException("no such page");
        }
        return page;
    }
}
