package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.admin.ArticlePages.Buttons;
import org.masthead.admin.ArticlePages.Byline;
import org.masthead.admin.ArticlePages.Conflict;
import org.masthead.admin.ArticlePages.EditorPage;
import org.masthead.admin.ArticlePages.Option;
import org.masthead.admin.ArticlePages.PreviewLink;
import org.masthead.admin.ArticleWorkflowPolicy.Action;
import org.masthead.content.Article;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleStatus;
import org.masthead.content.ArticleSummary;
import org.masthead.content.Author;
import org.masthead.content.AuthorKind;
import org.masthead.content.TaxonomyService;
import org.masthead.media.MediaService;
import org.masthead.platform.Form;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the editor's page record: the form as typed, the choices it offers, and the buttons the policy allows. */
@Component
class ArticleEditorViews {

    private static final Pattern RELATED = Pattern.compile("data-related=\"([0-9]{1,18})\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a page shows beyond the form; each part empty or null when there is nothing to say. */
    record Extras(String notice, String error, Conflict conflict, List<String> altWarnings, String altAnywayAction,
                  List<String> removed, PreviewLink previewLink) {
        static final Extras NONE = new Extras("", "", null, List.of(), null, List.of(), null);

        static Extras notice(String notice, List<String> removed, PreviewLink link) {
            return new Extras(notice, "", null, List.of(), null, removed, link);
        }

        static Extras error(String error) {
            return new Extras("", error, null, List.of(), null, List.of(), null);
        }
    }

    private final TaxonomyService taxonomy;
    private final MediaService media;
    private final ArticleQueries queries;
    private final StaffNames names;
    private final StaffChromes chromes;
    private final NewsroomTimes times;
    private final ArticlePaths paths;

    ArticleEditorViews(TaxonomyService taxonomy, MediaService media, ArticleQueries queries, StaffNames names,
                       StaffChromes chromes, NewsroomTimes times, ArticlePaths paths) {
        this.paths = paths;
        this.taxonomy = taxonomy;
        this.media = media;
        this.queries = queries;
        this.names = names;
        this.chromes = chromes;
        this.times = times;
    }

    /** The editor for {@code a} (null: a new article) showing {@code form}, as {@code me} may use it. */
    EditorPage page(StaffUser me, HttpServletRequest req, Article a, int version, ArticleForm form, Form shown, Extras x) {
        Set<Action> may = a == null ? ArticleWorkflowPolicy.allowedOnNew(me) : ArticleWorkflowPolicy.allowed(me, a);
        ArticleStatus status = a == null ? ArticleStatus.DRAFT : a.status();
        boolean readOnly = !may.contains(Action.EDIT);
        String title = a == null ? "New article" : a.headline();
        return new EditorPage(chromes.of(me, req), title, a == null ? "/admin/articles" : "/admin/articles/" + a.id(),
                a == null ? null : a.id(), version, ArticleViews.status(status), shown, bylines(form.bylines()),
                bylineChoices(form.bylines()), sections(form.value("section")), access(form.value("access")),
                relatedTitles(form.value("body")), preview(form.value("leadMediaId")), preview(form.value("socialMediaId")),
                buttons(a, may, me), readOnly, status == ArticleStatus.PUBLISHED, times.zoneLabel(),
                a != null && !readOnly && ArticleWorkflowPolicy.autosaves(status),
                a == null ? "" : "Last saved by " + names.name(a.modifiedBy()) + ", " + times.when(a.modifiedAt())
                        + " · version " + a.version(),
                a != null && status == ArticleStatus.PUBLISHED ? paths.path(a) : null,
                a == null ? null : "/admin/articles/" + a.id() + "/history", x.conflict(), x.altWarnings(),
                x.altAnywayAction(), x.removed(), x.notice(), x.error(), x.previewLink());
    }

    private static Buttons buttons(Article a, Set<Action> may, StaffUser me) {
        ArticleStatus s = a == null ? ArticleStatus.DRAFT : a.status();
        boolean own = a != null && a.createdBy() != null && a.createdBy() == me.id();
        String save = switch (s) {
            case PUBLISHED -> "Update";
            case SCHEDULED, SUBMITTED -> "Save changes";
            default -> "Save draft";
        };
        return new Buttons(may.contains(Action.EDIT), save, may.contains(Action.SUBMIT) && may.contains(Action.EDIT),
                may.contains(Action.PUBLISH), may.contains(Action.SCHEDULE), may.contains(Action.WITHDRAW),
                own ? "Withdraw from review" : "Return to draft", may.contains(Action.UNPUBLISH),
                s == ArticleStatus.SCHEDULED ? "Cancel schedule" : "Unpublish", may.contains(Action.DELETE),
                may.contains(Action.VIEW), may.contains(Action.VIEW));
    }

    private List<Byline> bylines(List<String> slugs) {
        List<Byline> out = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            out.add(new Byline(i, slug, taxonomy.author(slug).map(Author::name).orElse(slug), i == 0, i == slugs.size() - 1));
        }
        return out;
    }

    private List<Option> bylineChoices(List<String> chosen) {
        return taxonomy.authors().stream().filter(au -> !chosen.contains(au.slug()))
                .sorted(Comparator.comparing((Author au) -> au.kind() == AuthorKind.DESK).thenComparing(Author::name))
                .map(au -> new Option(au.slug(), au.kind() == AuthorKind.DESK ? au.name() + " (desk)" : au.name(), false))
                .toList();
    }

    List<Option> sections(String selected) {
        List<Option> out = new ArrayList<>();
        taxonomy.sections().stream().filter(s -> s.parentId() == null).forEach(top -> {
            out.add(new Option(top.slug(), top.name(), top.slug().equals(selected)));
            taxonomy.children(top.id()).forEach(c -> out.add(new Option(c.slug(), "— " + c.name(), c.slug().equals(selected))));
        });
        return out;
    }

    static List<Option> access(String selected) {
        return List.of(new Option("free", "Free", "free".equals(selected)),
                new Option("metered", "Metered (counts towards the free allowance)", "metered".equals(selected)),
                new Option("premium", "Premium (subscribers only)", "premium".equals(selected)));
    }

    /** {"12":"Headline of 12"} for every article the body's "Also read" blocks point at, in any status. */
    private String relatedTitles(String body) {
        List<Long> ids = new ArrayList<>();
        Matcher m = RELATED.matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (ArticleSummary s : queries.summaries(ids.stream().distinct().toList())) {
            titles.put(String.valueOf(s.id()), s.headline());
        }
        return JSON.writeValueAsString(titles);
    }

    /** A small variant of the image a form's id field names, or null when it names none. */
    private String preview(String mediaId) {
        if (!mediaId.trim().matches("[0-9]{1,9}")) {
            return null;
        }
        return media.find(Long.parseLong(mediaId.trim())).map(i -> {
            List<Integer> widths = media.widths(i);
            return media.url(i, widths.stream().filter(w -> w >= 320).findFirst().orElse(widths.get(widths.size() - 1)));
        }).orElse(null);
    }
}
