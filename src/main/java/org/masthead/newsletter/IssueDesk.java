package org.masthead.newsletter;

import org.masthead.content.Article;
import org.masthead.content.ArticleQueries;
import org.masthead.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Breaking and custom issues written in the newsroom: the composer's fields checked, rendered for preview and
 * tests, and sent. Sending stores the issue and starts its send in one transaction, under the form's key, so a
 * second press of "Send now" finds the first issue instead of sending another.
 */
@Service
class IssueDesk {

    static final String BREAKING = "breaking";
    static final String CUSTOM = "custom";
    static final List<String> FIELDS = List.of("list", "kind", "article", "subject", "intro", "text");
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    /** What the composer holds once every field passed: a breaking issue has its article, a custom one its text. */
    record Draft(NewsletterList list, String kind, Article article, String subject, String intro, String text) { }

    private final NewsletterLists lists;
    private final ArticleQueries articles;
    private final IssueBuilder builder;
    private final IssueRepository issues;
    private final IssueStarter starter;

    IssueDesk(NewsletterLists lists, ArticleQueries articles, IssueBuilder builder, IssueRepository issues,
              IssueStarter starter) {
        this.lists = lists;
        this.articles = articles;
        this.builder = builder;
        this.issues = issues;
        this.starter = starter;
    }

    /**
     * The typed fields as a draft, or every field's problem. A breaking issue without a subject takes its
     * article's headline, written into {@code typed} so the form shows it.
     */
    @Transactional(readOnly = true)
    Draft check(Map<String, String> typed) {
        InvalidInputException.Builder problems = InvalidInputException.builder();
        NewsletterList list = id(typed.get("list")).flatMap(lists::find).filter(l -> !l.archived()).orElse(null);
        if (list == null) {
            problems.add("list", "Pick a newsletter");
        }
        String kind = typed.getOrDefault("kind", "");
        Article article = null;
        if (BREAKING.equals(kind)) {
            article = id(typed.get("article")).flatMap(articles::byId).filter(Article::isPublished).orElse(null);
            if (article == null) {
                problems.add("article", "Pick a published article");
            } else if (typed.getOrDefault("subject", "").isBlank()) {
                typed.put("subject", IssueRules.cut(IssueRules.oneLine(article.headline()), IssueRules.MAX_SUBJECT));
            }
            IssueRules.lengthProblem(typed.get("intro"), IssueRules.MAX_INTRO).ifPresent(p -> problems.add("intro", p));
        } else if (CUSTOM.equals(kind)) {
            String text = typed.getOrDefault("text", "");
            if (text.isBlank()) {
                problems.add("text", "Write the text of the issue");
            }
            IssueRules.lengthProblem(text, IssueRules.MAX_TEXT).ifPresent(p -> problems.add("text", p));
        } else {
            problems.add("kind", "Choose breaking news or a custom text");
        }
        IssueRules.subjectProblem(typed.get("subject")).ifPresent(p -> problems.add("subject", p));
        problems.throwIfAny();
        return new Draft(list, kind, article, typed.get("subject").strip(), typed.getOrDefault("intro", "").strip(),
                typed.getOrDefault("text", "").strip());
    }

    IssueContent render(Draft d) {
        return BREAKING.equals(d.kind()) ? builder.breaking(d.list(), d.article(), d.subject(), d.intro())
                : builder.custom(d.list(), d.subject(), d.text());
    }

    /**
     * Stores the issue and starts its send; the issue already stored under {@code key} when this form was sent
     * before. A concurrent second press fails with DuplicateKeyException and stores nothing.
     */
    @Transactional
    long send(Draft d, long staffId, String key) {
        Optional<Long> sent = issues.byComposeKey(key);
        if (sent.isPresent()) {
            return sent.get();
        }
        IssueContent c = render(d);
        long id = issues.insert(c, d.article() == null ? List.of() : List.of(d.article().id()), null, null, staffId);
        issues.claimComposeKey(id, key);
        starter.start(id, staffId);
        return id;
    }

    @Transactional(readOnly = true)
    Optional<Long> sentWith(String key) {
        return issues.byComposeKey(key);
    }

    private static Optional<Long> id(String typed) {
        String t = typed == null ? "" : typed.strip();
        return ID.matcher(t).matches() ? Optional.of(Long.parseLong(t)) : Optional.empty();
    }
}
