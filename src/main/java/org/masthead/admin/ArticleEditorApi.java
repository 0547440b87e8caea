package org.masthead.admin;

import org.masthead.admin.ArticleWorkflowPolicy.Action;
import org.masthead.content.Article;
import org.masthead.content.ArticleQueries;
import org.masthead.content.NewsroomQueries;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.VersionConflictException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editor's JSON: autosave (the form's own fields, posted by {@code article-editor.js} with the CSRF header)
 * and the search behind the "Also read" picker. Staff session only, like every {@code /admin} address.
 */
@RestController
class ArticleEditorApi {

    static final int SEARCH_LIMIT = 20;

    record Autosaved(int version, String savedAt) { }

    record Conflict(String message, String savedBy, String savedAt, int version, String compare) { }

    record Refused(String message, Map<String, String> errors) { }

    record Found(long id, String headline, String section, String status) { }

    record Results(List<Found> items) { }

    private final ArticleQueries queries;
    private final NewsroomQueries newsroom;
    private final ArticleDesk desk;
    private final StaffNames names;
    private final NewsroomTimes times;

    ArticleEditorApi(ArticleQueries queries, NewsroomQueries newsroom, ArticleDesk desk, StaffNames names,
                     NewsroomTimes times) {
        this.queries = queries;
        this.newsroom = newsroom;
        this.desk = desk;
        this.names = names;
        this.times = times;
    }

    /** 200 with the new version; 409 naming who saved meanwhile; 422 naming the fields it could not save. */
    @PostMapping(value = "/admin/articles/{id}/autosave", produces = "application/json")
    ResponseEntity<?> autosave(StaffUser me, @PathVariable long id, @RequestParam int version,
                               @RequestParam MultiValueMap<String, String> params) {
        Article a = queries.byId(id).orElseThrow(() -> new NotFoundException("no article " + id));
        ArticleWorkflowPolicy.require(me, a, Action.EDIT);
        if (!ArticleWorkflowPolicy.autosaves(a.status())) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new Refused("This article is "
                    + a.status().name().toLowerCase(Locale.ROOT) + ": it is saved only when you press a button.", Map.of()));
        }
        ArticleForm form = ArticleForm.of(params);
        try {
            Article saved = desk.autosave(me, a, version, form).article();
            return ResponseEntity.ok(new Autosaved(saved.version(), times.when(saved.modifiedAt())));
        } catch (VersionConflictException e) {
            Article now = queries.byId(id).orElseThrow();
            String who = names.name(now.modifiedBy());
            String when = times.when(now.modifiedAt());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new Conflict(who + " saved this article at " + when
                    + ". Your changes are not saved yet.", who, when, now.version(),
                    "/admin/articles/" + id + "/history/compare?from=" + version + "&to=" + now.version()));
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>(form.form(e).errors());
            return ResponseEntity.unprocessableContent().body(new Refused("Not saved yet: "
                    + errors.values().iterator().next() + ".", errors));
        }
    }

    /** Published articles, and scheduled ones the viewer may see, whose headline contains {@code q}. */
    @GetMapping(value = "/admin/articles/search.json", produces = "application/json")
    Results search(StaffUser me, @RequestParam(defaultValue = "") String q) {
        me.require(Permission.WRITE_DRAFTS);
        return new Results(newsroom.linkable(q, me.id(), ArticleWorkflowPolicy.seesAll(me), SEARCH_LIMIT).stream()
                .map(i -> new Found(i.id(), i.headline(), i.section().name(), i.status().name().toLowerCase(Locale.ROOT)))
                .toList());
    }
}
