package org.masthead.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Admin API keys: the list, a new key shown once (in the answer to its creation, never again: only its hash
 * is kept), and revoking. Rejected: carrying the new key through a redirect, which would store it in the
 * session table.
 */
@Controller
class ApiKeysController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private final StaffService staff;
    private final StaffChromes chromes;
    private final Publication publication;

    ApiKeysController(StaffService staff, StaffChromes chromes, Publication publication) {
        this.staff = staff;
        this.chromes = chromes;
        this.publication = publication;
    }

    @GetMapping("/admin/api-keys")
    String list(StaffUser me, @RequestParam(required = false) String done, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_API_KEYS);
        return page(me, Form.EMPTY, null, null, "revoked".equals(done) ? "Key revoked. It no longer works." : "", req, model);
    }

    @PostMapping("/admin/api-keys")
    String create(StaffUser me, @RequestParam(defaultValue = "") String name, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_API_KEYS);
        try {
            String key = staff.createApiKey(name, me.id());
            return page(me, Form.EMPTY, name.strip(), key, "", req, model);
        } catch (InvalidInputException e) {
            return page(me, Form.of(Map.of("name", name), e), null, null, "", req, model);
        }
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(StaffUser me, @PathVariable long id) {
        me.require(Permission.MANAGE_API_KEYS);
        staff.revokeApiKey(id);
        return "redirect:/admin/api-keys?done=revoked";
    }

    private String page(StaffUser me, Form form, String newName, String newKey, String notice, HttpServletRequest req,
                        Model model) {
        DateTimeFormatter when = WHEN.withZone(publication.timeZone());
        List<ApiKeyPages.Row> rows = staff.apiKeys().stream().map(k -> new ApiKeyPages.Row(k.id(), k.name(),
                "mh_" + k.prefix() + "_…", k.createdBy() == null ? "—" : k.createdBy(), format(when, k.createdAt()),
                k.lastUsedAt() == null ? "never" : format(when, k.lastUsedAt()), format(when, k.revokedAt()))).toList();
        model.addAttribute("page", new ApiKeyPages.ApiKeysPage(chromes.of(me, req), rows, form, newName, newKey, notice));
        return "staff/api-keys";
    }

    private static String format(DateTimeFormatter when, Instant at) {
        return at == null ? "" : when.format(at);
    }
}
