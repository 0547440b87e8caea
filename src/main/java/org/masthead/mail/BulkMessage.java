package org.masthead.mail;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One message of a bulk send (a newsletter issue to one recipient), as {@link BulkMail} writes it. Every header
 * value is checked here, before anything is written: a line break in any of them (a name or subject carrying
 * {@code "\r\nBcc: …"}) is refused with an {@link IllegalArgumentException}, so no value can start a header of its
 * own. The recipient's address is checked when sent: a bad one is that recipient's permanent failure.
 *
 * @param replyTo          where replies go; null for the From address
 * @param html             the HTML alternative, or null for a plain-text message
 * @param messageId        the Message-ID, {@code <local@domain>}, the same for every attempt at this recipient
 * @param date             the Date header
 * @param listUnsubscribe  URIs for List-Unsubscribe (RFC 2369): https, or mailto; empty for none
 * @param oneClick         add {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058), which
 *                         needs an https URI among {@code listUnsubscribe}
 * @param listId           the List-Id (RFC 2919) without its angle brackets, e.g. {@code morning.news.example.org};
 *                         null for none
 */
public record BulkMessage(String to, String fromAddress, String fromName, String replyTo, String subject,
                          String text, String html, String messageId, Instant date, List<String> listUnsubscribe,
                          boolean oneClick, String listId) {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");
    private static final Pattern LIST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,200}");
    private static final Pattern URI_CHARS = Pattern.compile("[\\x21-\\x7e&&[^<>,\"]]+");

    public BulkMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        fromName = fromName == null ? "" : fromName;
        listUnsubscribe = List.copyOf(listUnsubscribe == null ? List.of() : listUnsubscribe);
        oneLine("to", to);
        oneLine("fromAddress", fromAddress);
        oneLine("fromName", fromName);
        oneLine("replyTo", replyTo);
        oneLine("subject", subject);
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("messageId: one <local@domain>, not " + messageId);
        }
        if (listId != null && !LIST_ID.matcher(listId).matches()) {
            throw new IllegalArgumentException("listId: letters, digits, dots and hyphens, not " + listId);
        }
        listUnsubscribe.forEach(BulkMessage::checkUri);
        if (oneClick && listUnsubscribe.stream().noneMatch(u -> u.startsWith("https:") || u.startsWith("http:"))) {
            throw new IllegalArgumentException("oneClick: one-click unsubscribe needs an https URI");
        }
    }

    private static void oneLine(String field, String value) {
        if (value != null && value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw new IllegalArgumentException(field + ": a header value may not contain a line break");
        }
    }

    private static void checkUri(String uri) {
        if (uri == null || !URI_CHARS.matcher(uri).matches()) {
            throw new IllegalArgumentException("listUnsubscribe: printable characters only, without <>,\" or spaces");
        }
        String scheme = URI.create(uri).getScheme();
        scheme = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("mailto")) {
            throw new IllegalArgumentException("listUnsubscribe: https or mailto URIs only, not " + uri);
        }
    }
}
