package org.masthead.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why one message was not delivered, and whether trying again can help. A 5xx reply from the mail server is
 * permanent (RFC 5321: "do not repeat the same request"), and so is an address the client cannot even encode;
 * everything else (4xx replies, refused or dropped connections, timeouts) is transient and retried until the
 * retry policy gives up. A refused login is transient too, whatever its code: the message is not at fault,
 * and the operator may yet fix the credentials.
 *
 * @param error what the server or the network said, short enough for the outbox row
 */
record SendFailure(boolean permanent, String error) {

    static final int MAX_ERROR = 1000;
    private static final Pattern REPLY = Pattern.compile("([2-5]\\d\\d)(?:[ -].*)?", Pattern.DOTALL);

    static SendFailure of(Throwable failure) {
        List<Throwable> chain = chain(failure);
        boolean refused = chain.stream().anyMatch(t -> t instanceof AddressException || reply(t) / 100 == 5);
        boolean login = chain.stream().anyMatch(t -> t instanceof AuthenticationFailedException);
        boolean permanent = refused && !login;
        return new SendFailure(permanent, describe(chain));
    }

    /** The first SMTP reply code in the failure's chain (550, 451), or 0 when the server said none. */
    static int replyCode(Throwable failure) {
        return chain(failure).stream().mapToInt(SendFailure::reply).filter(code -> code > 0).findFirst().orElse(0);
    }

    /** The server's first reply in the chain, as it said it ("550 5.1.1 No such mailbox"); empty when none. */
    static Optional<String> replyText(Throwable failure) {
        return chain(failure).stream().filter(t -> reply(t) > 0).findFirst()
                .map(t -> t.getMessage().strip().replaceAll("\\s+", " "));
    }

    /**
     * The SMTP reply an exception reports (550), or 0. JavaMail's SMTP exceptions carry the server's reply as
     * their message; reading it there, rather than through Angus's exception classes (a runtime-only
     * dependency), keeps this independent of the JavaMail implementation.
     */
    private static int reply(Throwable t) {
        Matcher m = REPLY.matcher(t.getMessage() == null ? "" : t.getMessage().strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Causes and JavaMail's "next exceptions" (where it puts the server's replies), outermost first. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Throwable t = failure;
        while (t != null && !chain.contains(t)) {
            chain.add(t);
            t = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause();
        }
        return chain;
    }

    private static String describe(List<Throwable> chain) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t : chain) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (!message.isEmpty()) {
                parts.add(message.replaceAll("\\s+", " "));
            }
        }
        String text = String.join("; ", parts);
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
