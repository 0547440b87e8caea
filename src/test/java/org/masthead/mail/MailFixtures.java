package org.masthead.mail;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Small factories for mail tests. */
final class MailFixtures {

    private MailFixtures() {
    }

    /** An address no other test uses, so a test finds its own mail in the shared SMTP server. */
    static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@readers.example.org";
    }

    static OutgoingMail signInCode(String to) {
        return new OutgoingMail(to, "Your sign-in code", "Your code is 314159. It works for ten minutes.", null,
                "sign-in-code");
    }

    /** Waits until the message's outbox entry satisfies {@code until}, as the job moves it along, and returns it. */
    static OutboxEntry awaitEntry(MailService mail, long id, Predicate<OutboxEntry> until) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> mail.find(id).orElseThrow(), until);
    }
}
