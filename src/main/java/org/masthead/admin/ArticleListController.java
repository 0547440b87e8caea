package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.admin.ArticlePages.ListRow;
import org.masthead.admin.ArticlePages.Option;
import org.masthead.admin.ArticlePages.Pager;
import org.masthead.admin.ArticleWorkflowPolicy.Action;
import org.masthead.content.AccessLevel;
import org.masthead.content.ArticleStatus;
import org.masthead.content.ArticleWorkflow;
import org.masthead.content.Author;
import org.masthead.content.NewsroomFilter;
import org.masthead.content.NewsroomItem;
import org.masthead.content.NewsroomQueries;
import org.masthead.content.Refs;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.platform.InvalidInputException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The newsroom's article list: filters, headline search, four sorts, pages of 25, and unpublishing several
 * at once after a confirmation page. Those who may not edit everyone's articles see only their own.
 */
@Controller
class ArticleListController {

    static final int PAGE_SIZE = 25;

    private final NewsroomQueries newsroom;
    private final ArticleWorkflow workflow;
    private final TaxonomyService taxonomy;
    private final ArticleEditorViews editorViews;
    private final StaffNames names;
    private final NewsroomTimes times;
    private final StaffChromes chromes;

    ArticleListController(NewsroomQueries newsroom, ArticleWorkflow workflow, TaxonomyService taxonomy,
                          ArticleEditorViews editorViews, StaffNames names, NewsroomTimes times, StaffChromes chromes) {
        this.newsroom = newsroom;
        this.workflow = workflow;
        this.taxonomy = taxonomy;
        this.editorViews = editorViews;
        this.names = names;
        this.times = times;
        this.chromes = chromes;
    }

    @GetMapping("/admin/articles")
    String list(StaffUser me, @RequestParam Map<String, String> params, HttpServletRequest req, Model model) {
        me.require(Permission.WRITE_DRAFTS);
        String status = params.getOrDefault("status", "");
        String section = params.getOrDefault("section", "");
        String author = params.getOrDefault("author", "");
        String access = params.getOrDefault("access", "");
        String sort = params.getOrDefault("sort", "changed");
        String q = params.getOrDefault("q", "").trim();
        int page = page(params.getOrDefault("page", "1"));
        boolean all = ArticleWorkflowPolicy.seesAll(me);
        NewsroomFilter filter = new NewsroomFilter(parse(ArticleStatus.class, status, "status"),
                section.isEmpty() ? null : taxonomy.section(section).map(Section::id).orElseThrow(() -> bad("section")),
                author.isEmpty() ? null : taxonomy.author(author).map(Author::id).orElseThrow(() -> bad("author")),
                parse(AccessLevel.class, access, "access"), q, all ? null : me.id(),
                parse(NewsroomFilter.Sort.class, sort, "sort"));
        NewsroomQueries.Page found = newsroom.list(filter, page, PAGE_SIZE);
        List<ListRow> rows = rows(me, found.items());
        model.addAttribute("page", new ArticlePages.ListPage(chromes.of(me, req), rows, pager(req, found), q,
                options(ArticleStatus.values(), status, "Any status"), withAny(editorViews.sections(section), "Any section"),
                withAny(taxonomy.authors().stream().map(au -> new Option(au.slug(), au.name(), au.slug().equals(author))).toList(), "Anyone"),
                options(AccessLevel.values(), access, "Any access"), sorts(sort), all,
                me.can(Permission.WRITE_DRAFTS), rows.stream().anyMatch(ListRow::mayUnpublish),
                notice(params.get("done"), params.get("count"))));
        return "admin/articles";
    }

    /** Without {@code confirm}: the page that lists what would be unpublished; with it, unpublishes them. */
    @PostMapping("/admin/articles/unpublish")
    String unpublish(StaffUser me, @RequestParam(name = "ids", required = false) List<Long> ids,
                     @RequestParam(required = false) String confirm, HttpServletRequest req, Model model) {
        me.require(Permission.WRITE_DRAFTS);
        List<NewsroomItem> chosen = ids == null ? List.of() : newsroom.items(ids).stream()
                .filter(i -> ArticleWorkflowPolicy.allows(me, i.createdBy(), i.status(), Action.UNPUBLISH)).toList();
        if (chosen.isEmpty()) {
            return "redirect:/admin/articles?done=none";
        }
        if (confirm == null) {
            model.addAttribute("page", new ArticlePages.ConfirmUnpublishPage(chromes.of(me, req), rows(me, chosen)));
            return "admin/articles-unpublish";
        }
        int done = 0;
        for (NewsroomItem i : chosen) {
            try {
                workflow.unpublish(i.id(), null, me.id());
                done++;
            } catch (InvalidInputException changedMeanwhile) {
                // unpublished or withdrawn by someone else since the list was shown: nothing left to do
            }
        }
        return "redirect:/admin/articles?done=unpublished&count=" + done;
    }

    private List<ListRow> rows(StaffUser me, List<NewsroomItem> items) {
        Map<Long, String> who = names.names(items.stream().map(NewsroomItem::modifiedBy).toList());
        return items.stream().map(i -> new ListRow(i.id(), i.headline(), "/admin/articles/" + i.id(),
                ArticleViews.status(i.status()), i.section().name(),
                String.join(", ", i.bylines().stream().map(Refs.AuthorRef::name).toList()),
                i.access().name().toLowerCase(Locale.ROOT), times.when(i.modifiedAt()),
                i.modifiedBy() == null ? "" : who.get(i.modifiedBy()),
                i.status() == ArticleStatus.SCHEDULED ? times.when(i.scheduledAt()) : times.when(i.firstPublishedAt()),
                i.status() == ArticleStatus.PUBLISHED ? i.path() : null,
                ArticleWorkflowPolicy.allows(me, i.createdBy(), i.status(), Action.UNPUBLISH))).toList();
    }

    private static Pager pager(HttpServletRequest req, NewsroomQueries.Page p) {
        return new Pager(p.page(), p.pages(), p.total(), p.page() > 1 ? href(req, p.page() - 1) : null,
                p.page() < p.pages() ? href(req, p.page() + 1) : null);
    }

    private static String href(HttpServletRequest req, int page) {
        return UriComponentsBuilder.fromPath(req.getRequestURI()).query(req.getQueryString())
                .replaceQueryParam("page", page).replaceQueryParam("done").replaceQueryParam("count").build().toUriString();
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, String selected, String any) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", any, selected.isEmpty()));
        Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT))
                .forEach(v -> out.add(new Option(v, Character.toUpperCase(v.charAt(0)) + v.substring(1), v.equals(selected))));
        return out;
    }

    private static List<Option> withAny(List<Option> options, String any) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", any, options.stream().noneMatch(Option::selected)));
        out.addAll(options);
        return out;
    }

    private static List<Option> sorts(String selected) {
        return List.of(new Option("changed", "Last changed", selected.equals("changed")),
                new Option("published", "Published", selected.equals("published")),
                new Option("headline", "Headline A–Z", selected.equals("headline")),
                new Option("scheduled", "Soonest scheduled", selected.equals("scheduled")));
    }

    private static String notice(String done, String count) {
        return done == null ? "" : switch (done) {
            case "deleted" -> "Deleted.";
            case "unpublished" -> "Unpublished " + count + ("1".equals(count) ? " article." : " articles.");
            case "none" -> "Nothing was selected that you may unpublish.";
            default -> "";
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(field);
        }
    }

    private static int page(String page) {
        if (!page.matches("[0-9]{1,4}") || Integer.parseInt(page) < 1) {
            throw bad("page");
        }
        return Integer.parseInt(page);
    }

    private static InvalidInputException bad(String field) {
        return new InvalidInputException(field, "choose a " + field + " from the list");
    }
}
