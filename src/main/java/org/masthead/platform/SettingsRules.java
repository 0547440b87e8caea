package org.masthead.platform;

import org.masthead.platform.PublicationProperties.FooterLink;
import org.masthead.platform.PublicationSettings.FooterRow;
import org.masthead.platform.PublicationSettings.NavRow;
import org.masthead.platform.PublicationSettings.Save;
import org.masthead.platform.PublicationSettings.Values;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.ToIntFunction;

/** The settings form's rules, pure: every field is checked and every problem named in one answer. */
final class SettingsRules {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 300;
    static final int MAX_LABEL = 60;
    static final int MAX_URL = 500;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private SettingsRules() {
    }

    /** The typed values, or an {@link InvalidInputException} naming each field at fault. */
    static Values check(Save s, LongPredicate imageExists) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        String name = trim(s.name());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add("name", "enter the paper's name, at most " + MAX_NAME + " characters");
        }
        String description = trim(s.description());
        if (description.length() > MAX_DESCRIPTION) {
            errors.add("description", "at most " + MAX_DESCRIPTION + " characters");
        }
        Long logo = logo(trim(s.logo()), imageExists, errors);
        ZoneId zone = zone(trim(s.timeZone()));
        if (zone == null) {
            errors.add("timeZone", "choose a time zone by its region name, such as Europe/London or America/New_York");
        }
        String language = language(trim(s.language()));
        if (language == null) {
            errors.add("language", "enter a BCP 47 language tag such as en-GB, de or pt-BR");
        }
        List<SectionNavigation.Entry> nav = navigation(s, errors);
        List<FooterLink> footer = footer(s.footerLinks(), errors);
        List<SocialProfile> social = social(s.social(), errors);
        errors.throwIfAny();
        return new Values(name, description, logo, zone, language, nav, footer, social);
    }

    /** A region time zone such as {@code Europe/London} (or {@code UTC}); null when there is none by that name. */
    static ZoneId zone(String id) {
        return ZoneId.getAvailableZoneIds().contains(id) ? ZoneId.of(id) : null;
    }

    /** The tag in its canonical case ({@code en-gb} → {@code en-GB}) when well formed and of a known language; else null. */
    static String language(String tag) {
        try {
            Locale l = new Locale.Builder().setLanguageTag(tag).build();
            boolean knownLanguage = LANGUAGES.contains(l.getLanguage()) || l.getLanguage().length() == 3;
            boolean knownRegion = l.getCountry().isEmpty() || COUNTRIES.contains(l.getCountry()) || l.getCountry().matches("[0-9]{3}");
            boolean whole = l.toLanguageTag().equalsIgnoreCase(tag); // nothing dropped or rewritten on the way
            return knownLanguage && knownRegion && whole ? l.toLanguageTag() : null;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    /** A link readers may follow from the footer: an absolute http(s) address, or a path on this site. */
    static boolean linkTarget(String url) {
        if (url.startsWith("/")) {
            return !url.startsWith("//") && url.length() <= MAX_URL && url.chars().noneMatch(c -> c <= ' ' || c == '\\');
        }
        return webAddress(url);
    }

    /** An absolute http(s) address with a host. */
    static boolean webAddress(String url) {
        try {
            URI u = new URI(url);
            return url.length() <= MAX_URL && u.getHost() != null
                    && ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Long logo(String id, LongPredicate imageExists, InvalidInputException.Builder errors) {
        if (id.isEmpty()) {
            return null;
        }
        try {
            long n = Long.parseLong(id);
            if (n > 0 && imageExists.test(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add("logo", "no image " + id + " in the media library; leave empty for the wordmark");
        return null;
    }

    private static List<SectionNavigation.Entry> navigation(Save s, InvalidInputException.Builder errors) {
        List<NavRow> rows = s.navigation() == null ? List.of() : s.navigation();
        List<NavRow> sorted = ordered(rows, rows.stream().map(r -> "nav-" + r.sectionId() + "-order").toList(),
                NavRow::order, errors);
        List<SectionNavigation.Entry> arranged = sorted.stream()
                .map(r -> new SectionNavigation.Entry(r.sectionId(), r.shown())).toList();
        List<Long> order = s.sectionOrder() == null ? List.of() : s.sectionOrder();
        return arranged.equals(SectionNavigation.arrange(order, List.of())) ? List.of() : arranged;
    }

    private static List<FooterLink> footer(List<FooterRow> rows, InvalidInputException.Builder errors) {
        List<FooterRow> all = rows == null ? List.of() : rows;
        for (int i = 0; i < all.size(); i++) {
            FooterRow r = all.get(i);
            String label = trim(r.label());
            String url = trim(r.url());
            if (label.isEmpty() && url.isEmpty()) {
                continue;
            }
            if (label.isEmpty() || label.length() > MAX_LABEL) {
                errors.add("footer-" + i + "-label", "a link needs a label of at most " + MAX_LABEL + " characters");
            }
            if (!linkTarget(url)) {
                errors.add("footer-" + i + "-url", "an address starting with https:// or http://, or a path on this site such as /about");
            }
        }
        List<FooterRow> filled = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!trim(all.get(i).label()).isEmpty() || !trim(all.get(i).url()).isEmpty()) {
                filled.add(all.get(i));
                fields.add("footer-" + i + "-order");
            }
        }
        return ordered(filled, fields, FooterRow::order, errors).stream()
                .map(r -> new FooterLink(trim(r.label()), trim(r.url()))).toList();
    }

    private static List<SocialProfile> social(Map<SocialNetwork, String> typed, InvalidInputException.Builder errors) {
        List<SocialProfile> out = new ArrayList<>();
        for (SocialNetwork n : SocialNetwork.values()) {
            String url = trim(typed == null ? null : typed.get(n));
            if (url.isEmpty()) {
                continue;
            }
            if (webAddress(url)) {
                out.add(new SocialProfile(n, url));
            } else {
                errors.add("social-" + n.key(), "the profile's address, starting with https://");
            }
        }
        return out;
    }

    /**
     * Rows sorted by their typed place (a whole number; {@code fields} name each row's place field); a blank
     * place is the row's own line number. Ties keep the form's order.
     */
    private static <T> List<T> ordered(List<T> rows, List<String> fields, Function<T, String> order,
                                       InvalidInputException.Builder errors) {
        List<int[]> keys = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String typed = trim(order.apply(rows.get(i)));
            int place = i + 1;
            if (!typed.isEmpty()) {
                try {
                    place = Integer.parseInt(typed);
                } catch (NumberFormatException e) {
                    errors.add(fields.get(i), "a whole number");
                }
            }
            keys.add(new int[] {place, i});
        }
        ToIntFunction<int[]> byPlace = k -> k[0];
        return keys.stream().sorted(Comparator.comparingInt(byPlace).thenComparingInt(k -> k[1]))
                .map(k -> rows.get(k[1])).toList();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
