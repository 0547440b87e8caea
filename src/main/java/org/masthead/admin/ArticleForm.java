package org.masthead.admin;

import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.Refs;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editor's form as typed: every field as the text the person entered, so a refused save shows it all
 * again, and the bylines (author and desk slugs) in their order. {@link #draft} turns it into what
 * {@code content} saves, naming each field it cannot read.
 */
record ArticleForm(Map<String, String> values, List<String> bylines) {

    static final List<String> FIELDS = List.of("headline", "standfirst", "body", "slug", "section", "tags", "dateline",
            "access", "leadMediaId", "leadCaption", "leadCredit", "leadAlt", "seoTitle", "seoDescription",
            "socialMediaId", "homePosition", "publishAt", "change", "correction");

    /** Errors {@code content} names by its own field names, under the names of this form's fields. */
    private static final Map<String, String> FIELD_NAMES = Map.of("leadImage.caption", "leadCaption",
            "leadImage.credit", "leadCredit", "leadImage.alt", "leadAlt", "leadImage.mediaId", "leadMediaId",
            "text", "correction");

    static ArticleForm of(MultiValueMap<String, String> params) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, params.getFirst(f) == null ? "" : params.getFirst(f)));
        List<String> bylines = new ArrayList<>();
        for (String slug : params.getOrDefault("bylines", List.of())) {
            if (!slug.isBlank() && !bylines.contains(slug)) {
                bylines.add(slug);
            }
        }
        String added = params.getFirst("addByline");
        if (added != null && !added.isBlank() && !bylines.contains(added)) {
            bylines.add(added);
        }
        return new ArticleForm(values, bylines);
    }

    static ArticleForm of(Article a, ZoneId zone) {
        Map<String, String> v = new HashMap<>();
        v.put("headline", a.headline());
        v.put("standfirst", a.standfirst());
        v.put("body", a.bodyHtml());
        v.put("slug", a.slug());
        v.put("section", a.section().slug());
        v.put("tags", String.join(", ", a.tags().stream().map(Refs.TagRef::name).toList()));
        v.put("dateline", a.dateline());
        v.put("access", a.access().name().toLowerCase(Locale.ROOT));
        Refs.LeadImage lead = a.leadImage();
        v.put("leadMediaId", lead == null ? "" : String.valueOf(lead.mediaId()));
        v.put("leadCaption", lead == null ? "" : lead.caption());
        v.put("leadCredit", lead == null ? "" : lead.credit());
        v.put("leadAlt", lead == null ? "" : lead.alt());
        v.put("seoTitle", a.seoTitle());
        v.put("seoDescription", a.seoDescription());
        v.put("socialMediaId", a.socialMediaId() == null ? "" : String.valueOf(a.socialMediaId()));
        v.put("homePosition", a.homePosition() == null ? "" : String.valueOf(a.homePosition()));
        v.put("publishAt", a.scheduledAt() == null ? "" : local(a.scheduledAt(), zone));
        return new ArticleForm(v, a.bylines().stream().map(Refs.AuthorRef::slug).toList());
    }

    /** A new article: free to read, in the first section offered. */
    static ArticleForm blank(String section) {
        Map<String, String> v = new HashMap<>();
        FIELDS.forEach(f -> v.put(f, ""));
        v.put("section", section);
        v.put("access", "free");
        return new ArticleForm(v, List.of());
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }

    /**
     * The bylines after a button of the byline list without script: {@code up:2}, {@code down:0},
     * {@code remove:1}, or {@code add} (the chosen one was already appended when the form was read).
     */
    ArticleForm withBylines(String op) {
        List<String> out = new ArrayList<>(bylines);
        String[] parts = op.split(":");
        int i = parts.length == 2 && parts[1].matches("[0-9]{1,3}") ? Integer.parseInt(parts[1]) : -1;
        if (i >= 0 && i < out.size()) {
            switch (parts[0]) {
                case "up" -> { if (i > 0) out.add(i - 1, out.remove(i)); }
                case "down" -> { if (i < out.size() - 1) out.add(i + 1, out.remove(i)); }
                case "remove" -> out.remove(i);
                default -> { }
            }
        }
        return new ArticleForm(values, List.copyOf(out));
    }

    ArticleDraft draft() {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        Long lead = number(errors, "leadMediaId");
        Long social = number(errors, "socialMediaId");
        Long home = number(errors, "homePosition");
        AccessLevel access = null;
        try {
            access = AccessLevel.valueOf(value("access").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("access", "choose free, metered or premium");
        }
        errors.throwIfAny();
        List<String> tags = List.of(value("tags").split(",")).stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
        return new ArticleDraft(value("headline"), value("standfirst"), value("body"), value("slug").trim(),
                value("section"), bylines, tags, value("dateline"), access,
                lead == null ? null : new Refs.LeadImage(lead, value("leadCaption"), value("leadCredit"), value("leadAlt")),
                value("seoTitle"), value("seoDescription"), social, home == null ? null : home.intValue());
    }

    /** The scheduled time typed in the paper's time zone ({@code datetime-local}). */
    Instant publishAt(ZoneId zone) {
        try {
            return LocalDateTime.parse(value("publishAt")).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publishAt", "choose a date and a time");
        }
    }

    Form form(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(f -> errors.putIfAbsent(FIELD_NAMES.getOrDefault(f.field(), f.field()), f.message()));
        return new Form(values, errors);
    }

    Form form() {
        return Form.values(values);
    }

    static String local(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDateTime().withSecond(0).withNano(0).toString();
    }

    private Long number(InvalidInputException.Builder errors, String field) {
        String v = value(field).trim();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("[0-9]{1,9}")) {
            errors.add(field, "a number, or nothing");
            return null;
        }
        return Long.parseLong(v);
    }
}
