package org.masthead.admin;

import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;

/**
 * Pictures readers of screen readers would miss: a lead image or body figure without alt text. A warning before
 * publishing, not a refusal (a decorative picture may rightly have none).
 */
final class AltText {
    private AltText() {
    }

    static List<String> missing(ArticleForm form) {
        List<String> out = new ArrayList<>();
        if (!form.value("leadMediaId").isBlank() && form.value("leadAlt").isBlank()) {
            out.add("The lead image has no alt text.");
        }
        long figures = Jsoup.parseBodyFragment(form.value("body")).select("img").stream()
                .filter(img -> img.attr("alt").isBlank()).count();
        if (figures == 1) {
            out.add("One picture in the body has no alt text.");
        } else if (figures > 1) {
            out.add(figures + " pictures in the body have no alt text.");
        }
        return out;
    }
}
