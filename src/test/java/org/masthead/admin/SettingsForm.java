package org.masthead.admin;

import org.jsoup.nodes.FormElement;
import org.masthead.staff.StaffBrowser;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills in a form as a person would: what the page shows, with some fields changed, then submits it. */
final class SettingsForm {
    private SettingsForm() {
    }

    /**
     * Loads {@code path}, takes the values of its form {@code selector}, applies {@code changes} (a null value
     * empties a text field and unticks a checkbox) and posts it to the form's action.
     */
    static HttpResponse<String> submit(StaffBrowser browser, String path, String selector, Map<String, String> changes) {
        FormElement form = (FormElement) browser.page(path).selectFirst(selector);
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(kv -> fields.put(kv.key(), kv.value()));
        fields.remove("_csrf");
        changes.forEach((k, v) -> {
            if (v == null) {
                fields.remove(k);
            } else {
                fields.put(k, v);
            }
        });
        List<String> flat = new ArrayList<>();
        fields.forEach((k, v) -> {
            flat.add(k);
            flat.add(v);
        });
        return browser.post(form.attr("action"), flat.toArray(String[]::new));
    }

    static HttpResponse<String> settings(StaffBrowser browser, Map<String, String> changes) {
        return submit(browser, "/admin/settings", "form.settings", changes);
    }
}
