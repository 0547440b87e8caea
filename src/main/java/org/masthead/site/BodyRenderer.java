package org.masthead.site;

import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        Matcher m = RELATED.matcher(bodyHtml);
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        if (ids.isEmpty()) {
            return bodyHtml;
        }
        Map<Long, ArticleSummary> targets = articles.publishedSummaries(ids).stream()
                .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        return RELATED.matcher(bodyHtml).replaceAll(r -> {
            ArticleSummary t = targets.get(Long.parseLong(r.group(1)));
            if (t == null) {
                return "";
            }
            return Matcher.quoteReplacement("<aside class=\"also-read\"><a href=\"" + HtmlUtils.htmlEscape(t.path())
                    + "\"><span class=\"also-read-label\">Also read:</span> " + HtmlUtils.htmlEscape(t.headline())
                    + "</a></aside>");
        });
    }
}
