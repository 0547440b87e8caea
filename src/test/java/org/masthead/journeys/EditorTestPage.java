package org.masthead.journeys;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleSummary;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.platform.ImportMap;
import org.masthead.platform.UnsupportedMediaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Test only: a staff page that loads the editor as the article editor page does (import map, stylesheet,
 * module, {@code textarea[data-editor]}), and stand-ins for the picker endpoints of the editor's contract
 * under {@code /admin/editor-test/…}, where {@code /editor-test/reroute.js} sends the editor's calls. The
 * stand-ins answer in the contract's JSON shapes from real media and articles.
 */
@Controller
class EditorTestPage {

    static final String PATH = "/admin/editor-test";
    private static final int PAGE_SIZE = 6;

    private final MediaService media;
    private final ArticleQueries articles;

    EditorTestPage(MediaService media, ArticleQueries articles) {
        this.media = media;
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

    @GetMapping(value = PATH + "/media/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> mediaSearch(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page) {
        List<Image> found = media.recent(200).stream().filter(i -> matches(q, i.caption(), i.credit(), i.alt())).toList();
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int from = Math.min(found.size(), (page - 1) * PAGE_SIZE);
        List<Map<String, Object>> items = found.subList(from, Math.min(found.size(), from + PAGE_SIZE)).stream().map(this::item).toList();
        return Map.of("items", items, "page", page, "pages", pages);
    }

    /** Slow on purpose, so the picker's progress bar can be seen. */
    @PostMapping(PATH + "/media")
    ResponseEntity<Object> upload(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "") String alt,
                                  @RequestParam(defaultValue = "") String caption,
                                  @RequestParam(defaultValue = "") String credit) throws IOException, InterruptedException {
        Thread.sleep(800);
        try {
            Image image = media.upload(file.getBytes(), file.getOriginalFilename(), alt, caption, credit);
            return ResponseEntity.status(HttpStatus.CREATED).body(item(image));
        } catch (UnsupportedMediaException e) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "This file is not a picture: " + e.getMessage()));
        }
    }

    @GetMapping(value = PATH + "/articles/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> articleSearch(@RequestParam(defaultValue = "") String q) {
        List<Map<String, Object>> items = articles.latest(200).stream().filter(a -> matches(q, a.headline())).limit(20)
                .map(EditorTestPage::item).toList();
        return Map.of("items", items);
    }

    private Map<String, Object> item(Image i) {
        List<Integer> widths = media.widths(i);
        return Map.of("id", i.id(), "src", media.url(i, widths.get(0)), "largest", media.url(i, widths.get(widths.size() - 1)),
                "width", i.width(), "height", i.height(), "alt", Objects.toString(i.alt(), ""),
                "caption", Objects.toString(i.caption(), ""), "credit", Objects.toString(i.credit(), ""));
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
