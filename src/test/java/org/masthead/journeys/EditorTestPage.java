package org.masthead.journeys;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.ImportMap;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * Test only: a staff page that loads the editor as the article editor page does (import map, stylesheet,
 * module, {@code textarea[data-editor]}) with any body, so the editor's tests can start from any document. Its
 * pickers call the real endpoints ({@code /admin/media/search.json}, {@code /admin/articles/search.json});
 * {@code /editor-test/errors.js} collects script errors and CSP refusals for a failing test to report.
 */
@Controller
class EditorTestPage {

    static final String PATH = "/admin/editor-test";

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
                <script src="/editor-test/errors.js"></script>
                %s
                <script type="module" src="/admin/editor/editor.js"></script>
                </head><body><main class="page"><h1>Edit article</h1><form class="form" method="post" action="%s">
                <label for="body">Body</label>
                <textarea id="body" name="body" rows="20" data-editor="article-body" data-related-titles="%s">%s</textarea>
                </form></main></body></html>
                """.formatted(csrf.getHeaderName(), csrf.getToken(), ImportMap.MARKUP, PATH,
                HtmlUtils.htmlEscape(titles), HtmlUtils.htmlEscape(body));
    }
}
