package org.masthead.admin;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The editor form as a browser would send it: every field's current value, with some changed. */
final class EditorForms {
    private EditorForms() {
    }

    /** Name-value pairs of {@code #article-form} (without the CSRF field), {@code changes} replacing by name. */
    static String[] fields(Document editor, String... changes) {
        Map<String, String> replace = new LinkedHashMap<>();
        for (int i = 0; i + 1 < changes.length; i += 2) {
            replace.put(changes[i], changes[i + 1]);
        }
        List<String> out = new ArrayList<>();
        for (Element e : editor.select("#article-form input, #article-form textarea, #article-form select")) {
            String name = e.attr("name");
            if (name.isEmpty() || name.equals("_csrf") || replace.containsKey(name)
                    || (e.attr("type").equals("radio") || e.attr("type").equals("checkbox")) && !e.hasAttr("checked")) {
                continue;
            }
            out.add(name);
            out.add(value(e));
        }
        replace.forEach((k, v) -> {
            out.add(k);
            out.add(v);
        });
        return out.toArray(String[]::new);
    }

    private static String value(Element e) {
        if (e.tagName().equals("textarea")) {
            return e.val();
        }
        if (e.tagName().equals("select")) {
            Element chosen = e.selectFirst("option[selected]");
            chosen = chosen == null ? e.selectFirst("option") : chosen;
            return chosen == null ? "" : chosen.attr("value");
        }
        return e.attr("value");
    }
}
