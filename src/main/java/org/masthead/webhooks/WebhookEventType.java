package org.masthead.webhooks;

import org.masthead.platform.InvalidInputException;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a receiver can subscribe to. Names are {@code <resource>.<past-tense verb>}, so member and comment
 * events join as {@code member.created} or {@code comment.approved} without changing the envelope; the
 * envelope's {@code data} holds one object named after the resource.
 */
public enum WebhookEventType {
    ARTICLE_PUBLISHED("article.published"),
    ARTICLE_UPDATED("article.updated"),
    ARTICLE_UNPUBLISHED("article.unpublished");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in payloads, headers and the API, e.g. {@code article.published}. */
    public String wireName() {
        return wireName;
    }

    /** The types named, in order and without repeats; refused naming {@code field} when empty or unknown. */
    public static Set<WebhookEventType> parseAll(List<String> names, String field) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException(field, "choose at least one of " + allNames());
        }
        Set<WebhookEventType> types = new LinkedHashSet<>();
        for (String name : names) {
            types.add(byWireName(name).orElseThrow(() -> new InvalidInputException(field,
                    "'" + name + "' is not an event; choose from " + allNames())));
        }
        return types;
    }

    static Optional<WebhookEventType> byWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    private static String allNames() {
        return Arrays.stream(values()).map(WebhookEventType::wireName).collect(Collectors.joining(", "));
    }
}
