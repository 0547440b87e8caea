package org.masthead.journeys;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.masthead.platform.ImportMap;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test only: a staff page that loads the editor as the article editor page does (import map, stylesheet,
 * module, {@code textarea[data-editor]}). The media picker calls the real {@code /admin/media} endpoints;
 * {@code GET /admin/articles/search.json} belongs to the editor page, not built yet, so a stand-in answers in
 * the contract's JSON shape from real articles under {@code /admin/editor-test/…}, where
 * {@code /editor-test/reroute.js} sends the editor's call.
 */
@Controller
class EditorTestPage {

    static final String PATH = "/admin/editor-test";
    private final ArticleQueries articles;

    EditorTestPage(ArticleQueries articles) {
        this.articles = articles;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "{}") String titles,
                HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Editor test</title>
                <meta name="csrf-header" content="%s"><meta name="csrf-token" content="%s">
                <link rel="stylesheet" href="/assets/admin.css"><link rel="stylesheet" href="/admin/editor/editor.css">
                <script src="/editor-test/reroute.js"></script>
                %s
                <script type="module" src="/admin/editor/editor.js"></script>
                </head><body><main class="page"><h1>Edit article</h1><form class="form" method="post" action="%s">
                <label for="body">Body</label>
                <textarea id="body" name="body" rows="20" data-editor="article-body" data-related-titles="%s">%s</textarea>
                </form></main></body></html>
                """.formatted(csrf.getHeaderName(), csrf.getToken(), ImportMap.MARKUP, PATH,
                HtmlUtils.htmlEscape(titles), HtmlUtils.htmlEscape(body));
    }

    @GetMapping(value = PATH + "/articles/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> articleSearch(@RequestParam(defaultValue = "") String q) {
        List<Map<String, Object>> items = articles.latest(200).stream().filter(a -> matches(q, a.headline())).limit(20)
                .map(EditorTestPage::item).toList();
        return Map.of("items", items);
    }

    private static Map<String, Object> item(ArticleSummary a) {
        return Map.of("id", a.id(), "headline", a.headline(), "section", a.section().name(), "status", "published");
    }

    private static boolean matches(String q, String... fields) {
        String needle = q.toLowerCase(Locale.ROOT).trim();
        for (String f : fields) {
            if (f != null && f.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
