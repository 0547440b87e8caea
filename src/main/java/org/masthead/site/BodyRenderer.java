package org.masthead.site;

import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills the related-article blocks of a sanitized body at display time, with each target's current headline
 * and URL ("Also read: …"). A block whose target is not published renders nothing. A plain string pass, not
 * a DOM parse: the body was normalised when saved, so the block's markup is exactly known.
 */
@Component
class BodyRenderer {

    private static final Pattern RELATED = Pattern.compile("<aside data-related=\"([0-9]{1,18})\"></aside>");

    private final ArticleQueries articles;

    BodyRenderer(ArticleQueries articles) {
        this.articles = articles;
    }

    String render(String bodyHtml) {
        return render(bodyHtml, targets(List.of(bodyHtml)), path -> path);
    }

    /** The published targets of the related blocks in all these bodies, in one query (for a page of articles). */
    Map<Long, ArticleSummary> targets(Collection<String> bodies) {
        List<Long> ids = new ArrayList<>();
        for (String body : bodies) {
            Matcher m = RELATED.matcher(body);
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        return articles.publishedSummaries(ids).stream()
                .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
    }

    /** Fills the related blocks from {@code targets}; {@code href} turns a target's path into its link. */
    String render(String bodyHtml, Map<Long, ArticleSummary> targets, UnaryOperator<String> href) {
        return RELATED.matcher(bodyHtml).replaceAll(r -> {
            ArticleSummary t = targets.get(Long.parseLong(r.group(1)));
            if (t == null) {
                return "";
            }
            return Matcher.quoteReplacement("<aside class=\"also-read\"><a href=\"" + HtmlUtils.htmlEscape(href.apply(t.path()))
                    + "\"><span class=\"also-read-label\">Also read:</span> " + HtmlUtils.htmlEscape(t.headline())
                    + "</a></aside>");
        });
    }
}
