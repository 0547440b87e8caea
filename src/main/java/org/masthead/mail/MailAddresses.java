package org.masthead.mail;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which recipient addresses the outbox accepts: one bare address, {@code local@domain}, in the common subset of
 * RFC 5321 that every mail server takes. Refused on purpose, though some RFCs allow them: display names and angle
 * brackets, quoted local parts, IP-literal domains, single-label domains ({@code root@localhost}) and non-ASCII
 * addresses (they need SMTPUTF8, which many servers lack). Anything that could split a header line (CR, LF) is
 * refused with the rest. A pure function, so its rules are tested as a table.
 */
final class MailAddresses {

    static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL = Pattern.compile(ATEXT + "(\\." + ATEXT + ")*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile(".*[A-Za-z].*");

    private MailAddresses() {
    }

    /** Why the address cannot be used, as a field error's message; empty when it can. */
    static Optional<String> problem(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("required");
        }
        if (address.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            return Optional.of("one address such as name@example.org");
        }
        String local = address.substring(0, at);
        if (local.isEmpty() || local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches()) {
            return Optional.of("the part before the @ has characters mail servers refuse");
        }
        if (!domainValid(address.substring(at + 1))) {
            return Optional.of("a domain such as example.org after the @");
        }
        return Optional.empty();
    }

    private static boolean domainValid(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
