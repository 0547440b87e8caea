package org.masthead.newsletter;

import org.masthead.content.Slugs;
import org.masthead.mail.MailService;
import org.masthead.platform.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The list form's rules (pure): typed strings into a {@link SaveList}, or every field's problem at once. Names and
 * addresses end up in mail headers (From, Reply-To), so control characters (CR and LF above all) are refused in
 * each of them, here and again in {@link #check} whatever the caller: a header can never be split. Rejected:
 * stripping them silently, which would send mail from a name nobody typed.
 */
final class ListForm {

    static final String[] FIELDS = {"name", "slug", "description", "kind", "cadence", "sendTime", "sendDay",
            "senderName", "senderAddress", "replyTo", "audience"};
    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 600;
    static final int MAX_SLUG = 80;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern CONTROL_BUT_NEWLINE = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");
    private static final Pattern TIME = Pattern.compile("[0-2]?[0-9]:[0-5][0-9]");

    private ListForm() {
    }

    /** A saved list as the form shows it again. */
    static Map<String, String> values(NewsletterList l) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", l.name());
        v.put("slug", l.slug());
        v.put("description", l.description());
        v.put("kind", lower(l.kind()));
        v.put("cadence", lower(l.cadence()));
        v.put("sendTime", l.sendTime() == null ? "" : l.sendTime().toString());
        v.put("sendDay", l.sendDay() == null ? "" : lower(l.sendDay()));
        v.put("senderName", l.senderName());
        v.put("senderAddress", l.senderAddress());
        v.put("replyTo", l.replyTo() == null ? "" : l.replyTo());
        v.put("audience", lower(l.audience()));
        return v;
    }

    /**
     * The list the form describes. {@code sections} are the ticked section ids, each one of {@code knownSections};
     * an empty slug is made from the name. Throws naming every field that is wrong.
     */
    static SaveList parse(Map<String, String> typed, Collection<String> sections, Collection<Long> knownSections) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        ListKind kind = choice(typed, "kind", ListKind::valueOf, errors).orElse(ListKind.NEWS);
        Cadence cadence = choice(typed, "cadence", Cadence::valueOf, errors).orElse(Cadence.MANUAL);
        Audience audience = choice(typed, "audience", Audience::valueOf, errors).orElse(Audience.EVERYONE);
        LocalTime time = cadence == Cadence.MANUAL ? null : time(typed.getOrDefault("sendTime", ""), errors);
        DayOfWeek day = cadence != Cadence.WEEKLY ? null
                : choice(typed, "sendDay", DayOfWeek::valueOf, errors).orElse(null);
        List<Long> sectionIds = new ArrayList<>();
        for (String s : sections) {
            Long id = s.matches("[0-9]{1,18}") ? Long.valueOf(s) : null;
            if (id == null || !knownSections.contains(id)) {
                errors.add("sections", "That section no longer exists; reload the page");
            } else if (!sectionIds.contains(id)) {
                sectionIds.add(id);
            }
        }
        String name = typed.getOrDefault("name", "").strip();
        String slug = typed.getOrDefault("slug", "").strip();
        String replyTo = typed.getOrDefault("replyTo", "").strip();
        SaveList list = new SaveList(name, slug.isEmpty() ? Slugs.of(name) : slug,
                typed.getOrDefault("description", "").replace("\r", "").strip(), kind, cadence, time, day,
                typed.getOrDefault("senderName", "").strip(), typed.getOrDefault("senderAddress", "").strip(),
                replyTo.isEmpty() ? null : replyTo, audience, List.copyOf(sectionIds));
        problems(list, errors);
        errors.throwIfAny();
        return list;
    }

    /** Refuses a list that breaks a rule, whoever made it: the service checks every save. */
    static void check(SaveList list) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        problems(list, errors);
        errors.throwIfAny();
    }

    private static void problems(SaveList l, InvalidInputException.Builder errors) {
        line(errors, "name", l.name(), MAX_NAME, true);
        if (l.slug() == null || l.slug().length() > MAX_SLUG || !Slugs.isValid(l.slug())) {
            errors.add("slug", "Lower-case letters, digits and hyphens, at most " + MAX_SLUG + " characters");
        }
        if (l.description() == null || l.description().length() > MAX_DESCRIPTION
                || CONTROL_BUT_NEWLINE.matcher(l.description()).find()) {
            errors.add("description", "Plain text, at most " + MAX_DESCRIPTION + " characters");
        }
        line(errors, "senderName", l.senderName(), MAX_NAME, true);
        address(errors, "senderAddress", l.senderAddress());
        if (l.replyTo() != null) {
            address(errors, "replyTo", l.replyTo());
        }
        if (l.cadence() != Cadence.MANUAL && l.sendTime() == null) {
            errors.add("sendTime", "A digest needs the time it goes out, such as 06:30");
        }
        if (l.cadence() == Cadence.WEEKLY && l.sendDay() == null) {
            errors.add("sendDay", "A weekly digest needs its day");
        }
        if (l.cadence() != Cadence.MANUAL && l.sectionIds().isEmpty()) {
            errors.add("sections", "Tick the sections a digest is made from");
        }
        if (l.kind() == ListKind.OFFERS && l.cadence() != Cadence.MANUAL) {
            errors.add("cadence", "Offers mailings are sent by hand: choose Manual");
        }
    }

    /** A one-line value: required, at most {@code max} characters, no control characters (CR, LF, tab, NUL…). */
    private static void line(InvalidInputException.Builder errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "Required");
            }
        } else if (CONTROL.matcher(value).find()) {
            errors.add(field, "One line of text, without control characters");
        } else if (value.length() > max) {
            errors.add(field, "At most " + max + " characters");
        }
    }

    private static void address(InvalidInputException.Builder errors, String field, String value) {
        if (value != null && CONTROL.matcher(value).find()) {
            errors.add(field, "One address, without line breaks or control characters");
            return;
        }
        MailService.addressProblem(value).ifPresent(p -> errors.add(field, p.equals("required") ? "Required"
                : "Not an address mail can go to: " + p));
    }

    private static <T> Optional<T> choice(Map<String, String> typed, String field, Function<String, T> parse,
                                          InvalidInputException.Builder errors) {
        String v = typed.getOrDefault(field, "").strip();
        try {
            return Optional.of(parse.apply(v.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            errors.add(field, "Choose one of the options");
            return Optional.empty();
        }
    }

    private static LocalTime time(String typed, InvalidInputException.Builder errors) {
        String t = typed.strip();
        if (t.isEmpty()) {
            return null; // "required" is said by problems(), for every caller
        }
        try {
            if (TIME.matcher(t).matches()) {
                return LocalTime.parse(t.length() == 4 ? "0" + t : t);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message
        }
        errors.add("sendTime", "A time such as 06:30 (24-hour clock)");
        return null;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
