package org.masthead.newsletter;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why a candidate was not sent, as {@code newsletter_delivery.reason} stores it (the code) and the send's report
 * shows it (the label). Exclusions are decided just before a batch goes ({@link Exclusions}); failures by the mail
 * server's answers.
 */
enum Reason {
    MEMBER_DELETED("Account deleted"),
    UNSUBSCRIBED("Unsubscribed before their batch went"),
    NO_OFFERS_CONSENT("No longer consents to offers"),
    NOT_A_SUBSCRIBER("No longer a paying subscriber"),
    SUPPRESSED("Address suppressed (bounced, complained or by hand)"),
    BOUNCED("Refused by the mail server (5xx); address suppressed"),
    INVALID_ADDRESS("Not an address mail can reach"),
    GAVE_UP("Refused for now (4xx) until the retries ran out"),
    DEFERRED("Refused for now (4xx); will be tried again");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String label() {
        return label;
    }

    static String labelOf(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst().map(Reason::label)
                .orElse(code == null ? "" : code);
    }
}
