package org.masthead.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The JSON APIs write enum values in lower case ({@code "draft"}, {@code "desk"}) and read them in any case. */
public final class JsonEnums {
    private JsonEnums() {
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** Null for null; a value that names no constant is refused naming {@code field} and the allowed values. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "one of " + Arrays.stream(type.getEnumConstants())
                    .map(JsonEnums::name).collect(Collectors.joining(", ")));
        }
    }
}
