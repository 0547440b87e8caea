package org.masthead.site;

import org.masthead.content.ArticleFilter;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.masthead.content.Section;
import org.masthead.site.Views.HomePage;
import org.masthead.site.Views.Link;
import org.masthead.site.Views.Meta;
import org.masthead.platform.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The front page: the lead story and top stories editors pinned (newest first when none are pinned), then the
 * latest of each section, skipping stories already shown above.
 */
@Controller
@PublicPage
class HomeController {

    static final int TOP = 4;
    static final int PER_SECTION = 4;

    private final ArticleQueries articles;
    private final ViewParts parts;
    private final StructuredData structured;

    HomeController(ArticleQueries articles, ViewParts parts, StructuredData structured) {
        this.articles = articles;
        this.parts = parts;
        this.structured = structured;
    }

    @GetMapping("/")
    String home(Model model) {
        List<ArticleSummary> top = new ArrayList<>(articles.homePinned(TOP + 1));
        Set<Long> shown = new HashSet<>();
        top.forEach(a -> shown.add(a.id()));
        for (ArticleSummary a : articles.latest(TOP + 1 + TOP)) {
            if (top.size() > TOP) {
                break;
            }
            if (shown.add(a.id())) {
                top.add(a);
            }
        }
        List<Views.SectionBlock> blocks = new ArrayList<>();
        for (Section s : parts.topSections()) {
            List<ArticleSummary> items = articles.newest(ArticleFilter.section(s.id()), PER_SECTION + TOP + 1)
                    .stream().filter(a -> !shown.contains(a.id())).limit(PER_SECTION).toList();
            if (!items.isEmpty()) {
                blocks.add(new Views.SectionBlock(new Link(ViewParts.sectionHref(s.slug()), s.name()),
                        parts.cards(items, "(min-width: 960px) 300px, 100vw")));
            }
        }
        String name = parts.publication().name();
        Meta meta = new Meta(name, parts.publication().description(), parts.absolute("/"), "website", null, null,
                structured.home(), parts.feeds("", name),
                null, null, null, null, null, List.of());
        Views.Card lead = top.isEmpty() ? null : parts.card(top.get(0), "(min-width: 960px) 640px, 100vw");
        List<Views.Card> rest = parts.cards(top.stream().skip(1).toList(), "(min-width: 960px) 300px, 100vw");
        List<Views.Card> latest = parts.cards(articles.latest(8), "");
        model.addAttribute("page", new HomePage(parts.chrome(), meta, lead, rest, blocks, latest,
                parts.mostRead()));
        return "site/home";
    }
}
