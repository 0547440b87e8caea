package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Save button of article pages and lists. A plain form post that returns to the page, or, from
 * {@code site.js}, the same post answered with JSON so the page does not reload. An anonymous reader is sent
 * to sign in and the story is saved once they have. {@code GET /saved/state.json} tells page script which of
 * its stories the reader saved, from the identity cookie and this node's copy (no session, no query after the
 * first), so cached pages stay free of anything personal.
 */
@Controller
class SavedController {

    static final int MAX_IDS = 100;

    private final SavedStories saved;
    private final Readers readers;
    private final SaveAfterSignIn afterSignIn;

    SavedController(SavedStories saved, Readers readers, SaveAfterSignIn afterSignIn) {
        this.saved = saved;
        this.readers = readers;
        this.afterSignIn = afterSignIn;
    }

    @PostMapping("/saved")
    Object save(@RequestParam(defaultValue = "") String article, @RequestParam(defaultValue = "save") String action,
                @RequestParam(required = false) String next, HttpServletRequest req, HttpServletResponse res) {
        boolean json = wantsJson(req);
        long articleId = article.matches("[0-9]{1,18}") ? Long.parseLong(article) : -1;
        boolean save = !"remove".equals(action);
        String back = back(next, req);
        var who = readers.signedIn(req);
        if (who.isEmpty()) {
            if (save && articleId > 0) {
                afterSignIn.remember(articleId, res);
            }
            String signIn = "/account/sign-in?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8) + (save ? "&saving" : "");
            return json ? ResponseEntity.status(HttpStatus.UNAUTHORIZED).cacheControl(CacheControl.noStore())
                    .body(Map.of("signIn", signIn)) : "redirect:" + signIn;
        }
        try {
            if (articleId <= 0) {
                throw new NotFoundException("no article " + article);
            }
            if (save) {
                saved.save(who.get().memberId(), articleId);
            } else {
                saved.remove(who.get().memberId(), articleId);
            }
        } catch (NotFoundException e) {
            if (json) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "That story cannot be saved."));
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "That story cannot be saved.");
        }
        return json ? ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("saved", save))
                : "redirect:" + back;
    }

    @GetMapping(value = "/saved/state.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> state(@RequestParam(defaultValue = "") String ids, HttpServletRequest req) {
        List<Long> asked = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> s.matches("[0-9]{1,18}"))
                .limit(MAX_IDS).map(Long::parseLong).distinct().toList();
        List<Long> found = readers.identify(req).map(who -> saved.savedAmong(who.memberId(), asked))
                .map(s -> asked.stream().filter(s::contains).toList()).orElse(List.of());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(Map.of("saved", found));
    }

    /** The page to return to: the form's own, else the page the post came from on this site, else the account page. */
    static String back(String next, HttpServletRequest req) {
        if (next != null && SafePath.of(next).equals(next)) {
            return next;
        }
        String referer = req.getHeader("Referer");
        if (referer != null) {
            try {
                URI u = URI.create(referer);
                String host = req.getHeader("Host");
                if (host != null && host.equalsIgnoreCase(u.getRawAuthority()) && u.getRawPath() != null) {
                    return SafePath.of(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
                }
            } catch (IllegalArgumentException malformed) {
                // fall through to the account page
            }
        }
        return SafePath.ACCOUNT;
    }

    private static boolean wantsJson(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
    }
}
