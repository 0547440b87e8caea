package org.masthead.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.newsletter.IssuePages.DigestList;
import org.masthead.newsletter.IssuePages.IssuePage;
import org.masthead.newsletter.IssuePages.IssueRow;
import org.masthead.newsletter.IssuePages.IssuesPage;
import org.masthead.newsletter.IssuePages.QuietPeriod;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.SecurityHeaders;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The issues of every list, newest first, with the digest periods that made none; and one stored issue. */
@Controller
class IssuesController {

    /**
     * Staff pages showing e-mails: the e-mails' inline styles and absolute pictures are allowed, since a frame's
     * {@code srcdoc} lives under the page's policy. The frames are sandboxed, so no script runs in them.
     */
    static final String PREVIEW_CSP = SecurityHeaders.CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            .replace("img-src 'self' data:", "img-src 'self' data: https: http:");
    private static final int RECENT = 50;

    private final IssueRepository issues;
    private final DigestRepository digests;
    private final NewsletterLists lists;
    private final IssuePreviews previews;
    private final ArticleQueries articles;
    private final TaxonomyService taxonomy;
    private final IssueTimes times;
    private final StaffChromes chromes;
    private final SendRepository sends;

    IssuesController(IssueRepository issues, DigestRepository digests, NewsletterLists lists, IssuePreviews previews,
                     ArticleQueries articles, TaxonomyService taxonomy, IssueTimes times, StaffChromes chromes, SendRepository sends) {
        this.issues = issues;
        this.digests = digests;
        this.lists = lists;
        this.previews = previews;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.times = times;
        this.chromes = chromes;
        this.sends = sends;
    }

    @GetMapping("/admin/newsletters/issues")
    String list(StaffUser me, HttpServletRequest req, Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        Map<Long, NewsletterList> byId = lists.all().stream().collect(Collectors.toMap(NewsletterList::id, Function.identity()));
        List<IssueRepository.Listed> recent = issues.recent(RECENT);
        Map<Long, Send> sent = sends.byIssues(recent.stream().map(IssueRepository.Listed::id).toList());
        List<IssueRow> rows = recent.stream().map(i -> {
            Send send = sent.get(i.id());
            return new IssueRow(i.id(), i.subject(), name(byId, i.listId()), kind(i.kind()), times.when(i.createdAt()),
                    send == null ? "Not sent" : SendViews.state(send),
                    send == null ? null : "/admin/newsletters/sends/" + send.id());
        }).toList();
        List<QuietPeriod> quiet = digests.recentWithoutIssue(20).stream().map(r -> new QuietPeriod(name(byId, r.listId()),
                r.periodKey(), r.outcome() == DigestRepository.Outcome.FAILED ? "Failed, will retry" : "Skipped",
                r.note() == null ? "" : r.note(), times.when(r.decidedAt()))).toList();
        List<DigestList> digestLists = lists.active().stream().filter(l -> l.cadence() != Cadence.MANUAL)
                .map(l -> new DigestList(l.id(), l.name(), DigestPeriods.describe(l), sections(l))).toList();
        model.addAttribute("page", new IssuesPage(chromes.of(me, req), NewsletterNavigation.tabs(me, "issues"), rows,
                quiet, digestLists));
        return "newsletter/issues";
    }

    @GetMapping("/admin/newsletters/issues/{id}")
    String issue(StaffUser me, @PathVariable long id, @RequestParam(required = false) String done,
                 HttpServletRequest req, HttpServletResponse res, Model model) {
        me.require(Permission.SEND_NEWSLETTERS);
        IssueContent c = issues.find(id).orElseThrow(() -> new NotFoundException("no issue " + id));
        NewsletterList list = lists.require(c.listId());
        String covers = issues.covers(id).filter(v -> v.from() != null)
                .map(v -> times.when(v.from()) + " to " + times.when(v.until())).orElse("");
        List<String> carried = articles.summaries(issues.articleIds(id)).stream().map(ArticleSummary::headline).toList();
        String notice = "sent".equals(done) ? "The issue is stored and its send has started." : "";
        res.setHeader("Content-Security-Policy", PREVIEW_CSP);
        model.addAttribute("page", new IssuePage(chromes.of(me, req), NewsletterNavigation.tabs(me, "issues"), id,
                c.subject(), list.name(), kind(c.kind()), times.when(c.createdAt()), covers, carried, previews.of(c), notice));
        return "newsletter/issue";
    }

    static String kind(String kind) {
        return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String name(Map<Long, NewsletterList> byId, long listId) {
        NewsletterList l = byId.get(listId);
        return l == null ? "List " + listId : l.name();
    }

    private String sections(NewsletterList l) {
        String names = l.sectionIds().stream().map(taxonomy::section).flatMap(Optional::stream)
                .map(Section::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? "no sections chosen" : names;
    }
}
