package org.masthead.newsletter;

import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleExcerpt;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleSummary;
import org.masthead.newsletter.IssueMails.Breaking;
import org.masthead.newsletter.IssueMails.Custom;
import org.masthead.newsletter.IssueMails.Digest;
import org.masthead.newsletter.IssueMails.Paragraph;
import org.masthead.newsletter.IssueMails.Story;
import org.masthead.paywall.EmailAccess;
import org.masthead.paywall.PaywallProperties;
import org.masthead.platform.Publication;
import org.masthead.platform.Templates;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Renders an issue once, in its two variants: whole text for subscribers, and for everyone else what
 * {@link EmailAccess} allows (a gated article's free excerpt, never more). Each variant's HTML and text parts
 * come from one view record. The result carries the recipient's link placeholders and is stored as it is.
 */
@Component
class IssueBuilder {

    static final String DIGEST = "DIGEST";
    static final String BREAKING = "BREAKING";
    static final String CUSTOM = "CUSTOM";
    private static final int MAX_PREHEADER = 300;

    private final IssueViews views;
    private final Templates templates;
    private final ArticlePaths paths;
    private final Publication publication;
    private final int excerptParagraphs;
    private final Clock clock;

    IssueBuilder(IssueViews views, Templates templates, ArticlePaths paths, Publication publication,
                 PaywallProperties paywall, Clock clock) {
        this.views = views;
        this.templates = templates;
        this.paths = paths;
        this.publication = publication;
        this.excerptParagraphs = paywall.excerptParagraphs();
        this.clock = clock;
    }

    /** A digest of {@code articles} (newest first, at least one): the newest with a picture leads. */
    IssueContent digest(NewsletterList list, List<ArticleSummary> articles, String periodKey) {
        Instant now = clock.instant();
        ArticleSummary lead = articles.stream().filter(a -> a.leadImage() != null).findFirst().orElse(articles.get(0));
        List<ArticleSummary> rest = articles.stream().filter(a -> a != lead).toList();
        String subject = IssueRules.cut(IssueRules.oneLine(list.name() + ": " + lead.headline()), IssueRules.MAX_SUBJECT);
        String preheader = rest.isEmpty() ? lead.standfirst()
                : lead.headline() + " · and " + rest.size() + (rest.size() == 1 ? " more story" : " more stories");
        boolean gated = articles.stream().anyMatch(a -> a.access() == AccessLevel.PREMIUM);
        Function<Boolean, Digest> record = subscriber -> new Digest(
                views.frame(list, subject, preheader, views.date(now), gated && !subscriber),
                story(lead, subscriber, true), rest.stream().map(a -> story(a, subscriber, false)).toList());
        return content(list, DIGEST, periodKey, subject, preheader,
                record.andThen(d -> render("digest", d, IssueText.digest(d))));
    }

    /** A breaking issue: {@code article} after the newsroom's optional intro. */
    IssueContent breaking(NewsletterList list, Article article, String subject, String intro) {
        String path = paths.path(article);
        List<Paragraph> introduction = TypedText.paragraphs(intro);
        String preheader = article.standfirst().isBlank() ? article.headline() : article.standfirst();
        Function<Boolean, Breaking> record = subscriber -> {
            boolean whole = EmailAccess.wholeText(subscriber, article.access());
            String body = MailBody.html(whole ? article.bodyHtml() : ArticleExcerpt.of(article.bodyHtml(), excerptParagraphs),
                    publication::absolute);
            String gateNote = whole ? "" : article.access() == AccessLevel.PREMIUM
                    ? "The rest of this story is for subscribers." : "The rest of this story is on our website.";
            Story story = views.story(path, article.section(), article.headline(), article.standfirst(),
                    article.access(), article.firstPublishedAt(), article.leadImage(), subscriber, true);
            return new Breaking(views.frame(list, subject, preheader, views.date(clock.instant()), !whole),
                    "Breaking news", introduction, story, body, MailBody.text(body), gateNote,
                    whole ? "Read it on " + publication.name() : "Continue reading");
        };
        return content(list, BREAKING, null, subject, preheader,
                record.andThen(b -> render("breaking", b, IssueText.breaking(b))));
    }

    /** A custom issue: the subject as its heading, then the text as typed. */
    IssueContent custom(NewsletterList list, String subject, String text) {
        List<Paragraph> paragraphs = TypedText.paragraphs(text);
        String preheader = IssueRules.cut(IssueText.wrap(text == null ? "" : text).replace('\n', ' '), 150);
        Custom c = new Custom(views.frame(list, subject, preheader, views.date(clock.instant()), false), subject, paragraphs);
        Rendered both = render("custom", c, IssueText.custom(c));
        return content(list, CUSTOM, null, subject, preheader, subscriber -> both);
    }

    private record Rendered(String html, String text) { }

    private IssueContent content(NewsletterList list, String kind, String periodKey, String subject, String preheader,
                                 Function<Boolean, Rendered> variant) {
        Rendered full = variant.apply(true);
        Rendered excerpt = variant.apply(false);
        return new IssueContent(0, list.id(), kind, periodKey, subject,
                IssueRules.cut(preheader, MAX_PREHEADER), full.html(), full.text(), excerpt.html(), excerpt.text(),
                clock.instant());
    }

    private Story story(ArticleSummary a, boolean subscriber, boolean picture) {
        return views.story(a.path(), a.section(), a.headline(), a.standfirst(), a.access(), a.firstPublishedAt(),
                a.leadImage(), subscriber, picture);
    }

    private Rendered render(String template, Object page, String text) {
        return new Rendered(new String(templates.render("newsletter/email/" + template, page), StandardCharsets.UTF_8), text);
    }
}
