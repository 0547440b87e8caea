package org.masthead.newsletter;

import org.masthead.mail.MailService;
import org.masthead.mail.OutgoingMail;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberDirectory;
import org.masthead.members.ReaderMails;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.Publication;
import org.masthead.platform.Templates;
import org.masthead.platform.Throttle;
import org.masthead.platform.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-ups by address (double opt-in). {@link #request} stores the SHA-256 of a random token with the wording the
 * form showed and mails the link; nothing else happens until it is followed. {@link #confirm} (a button on the
 * link's page, so mail scanners that fetch links confirm nothing) makes or finds the member through
 * {@code members}, subscribes them with that wording and source {@code newsletter-sign-up}, and uses the link up.
 * Known and unknown addresses get the same answer after the same work; both are throttled alike.
 */
@Service
public class Signups {

    /** Sign-ups asked for: 10 per client address and 3 per recipient an hour. */
    static final Throttle.Limits LIMITS = new Throttle.Limits("newsletter-sign-up", 10, 3, Duration.ofHours(1),
            Duration.ofMinutes(15));
    static final String MAIL_KIND = "newsletter-confirm";

    /** What following a link led to; {@code list} is null for an unknown link, {@code message} says why refused. */
    public enum Status { SUBSCRIBED, ALREADY_SUBSCRIBED, USED, EXPIRED, UNKNOWN, REFUSED }

    public record Confirmation(Status status, NewsletterList list, String maskedEmail, Long memberId, String message) { }

    /** A link not yet followed, for its confirmation page. */
    public record Pending(NewsletterList list, String maskedEmail) { }

    private final SignupRepository repo;
    private final NewsletterLists lists;
    private final Subscriptions subscriptions;
    private final MemberDirectory directory;
    private final Consents consents;
    private final MailService mail;
    private final Templates templates;
    private final Publication publication;
    private final Throttle throttle;
    private final SignupProperties props;
    private final Clock clock;

    Signups(SignupRepository repo, NewsletterLists lists, Subscriptions subscriptions, MemberDirectory directory,
            Consents consents, MailService mail, Templates templates, Publication publication, Throttle throttle, SignupProperties props,
            Clock clock) {
        this.repo = repo;
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.directory = directory;
        this.consents = consents;
        this.mail = mail;
        this.templates = templates;
        this.publication = publication;
        this.throttle = throttle;
        this.props = props;
        this.clock = clock;
    }

    /**
     * Mails a confirmation link for {@code listId} to {@code email}, or refuses the address (field {@code email}),
     * a list that is not offered for sign-up (field {@code list}) or an outdated form (field {@code wording}).
     * Returns how long to wait instead, when this client or this address has asked too often.
     */
    @Transactional
    public Optional<Duration> request(String email, long listId, long wordingId, String clientAddress) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        MailService.addressProblem(address).ifPresent(p -> {
            throw new InvalidInputException("email", address.isEmpty() ? "Enter your e-mail address"
                    : "Enter an e-mail address such as name@example.org");
        });
        NewsletterList list = lists.find(listId).filter(l -> !l.archived() && l.kind() == ListKind.NEWS
                && l.audience() == Audience.EVERYONE).orElseThrow(() -> new InvalidInputException("list",
                "That newsletter is not open for sign-up any more"));
        if (consents.wording(wordingId).filter(w -> w.purpose().equals(list.purpose())).isEmpty()) {
            throw new InvalidInputException("wording", "This form is out of date: reload the page and try again");
        }
        Optional<Duration> wait = throttle.blocked(LIMITS, clientAddress, address);
        if (wait.isPresent()) {
            return wait;
        }
        throttle.count(LIMITS, clientAddress, address);
        String token = Tokens.random(40);
        Instant now = clock.instant();
        repo.insert(list.id(), address, Tokens.sha256(token), wordingId, now, now.plus(props.lifetime()));
        sendLink(address, list, token);
        return Optional.empty();
    }

    /** The link's list and address, while it can still be followed. */
    @Transactional(readOnly = true)
    public Optional<Pending> pending(String token) {
        return usable(token).flatMap(r -> lists.find(r.listId()).map(l -> new Pending(l, mask(r.email()))));
    }

    /** Follows a link: once, before it expires, for a list still sent. Anything else changes nothing. */
    @Transactional
    public Confirmation confirm(String token) {
        Optional<SignupRepository.Row> found = token == null || token.length() > 100 ? Optional.empty()
                : repo.find(Tokens.sha256(token));
        if (found.isEmpty()) {
            return new Confirmation(Status.UNKNOWN, null, null, null, "");
        }
        SignupRepository.Row r = found.get();
        NewsletterList list = lists.require(r.listId());
        if (r.confirmedAt() != null) {
            return new Confirmation(Status.USED, list, mask(r.email()), null, "");
        }
        if (!r.expiresAt().isAfter(clock.instant())) {
            return new Confirmation(Status.EXPIRED, list, mask(r.email()), null, "");
        }
        if (list.archived()) {
            return new Confirmation(Status.REFUSED, list, mask(r.email()), null, "This newsletter is no longer sent.");
        }
        if (!repo.confirm(r.id(), clock.instant())) {
            return new Confirmation(Status.USED, list, mask(r.email()), null, "");
        }
        Member m = directory.verifiedMember(r.email());
        Optional<String> refused = subscriptions.refusal(m.id(), list);
        if (refused.isPresent()) {
            return new Confirmation(Status.REFUSED, list, mask(r.email()), m.id(), refused.get());
        }
        boolean joined = subscriptions.change(m.id(), list, true, Subscriptions.SIGN_UP, r.wordingId());
        return new Confirmation(joined ? Status.SUBSCRIBED : Status.ALREADY_SUBSCRIBED, list, mask(r.email()), m.id(), "");
    }

    /** Deletes sign-ups whose link has expired; returns how many. */
    @Transactional
    public int prune() {
        return repo.deleteExpired(clock.instant());
    }

    /** Forgets every sign-up of an address, when the account holding it is deleted. */
    void forget(String email) {
        if (email != null) {
            repo.deleteFor(email.strip().toLowerCase(Locale.ROOT));
        }
    }

    private Optional<SignupRepository.Row> usable(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return repo.find(Tokens.sha256(token))
                .filter(r -> r.confirmedAt() == null && r.expiresAt().isAfter(clock.instant()));
    }

    private void sendLink(String to, NewsletterList list, String token) {
        String link = publication.absolute("/newsletters/confirm/" + token);
        String asked = "Someone, probably you, asked to receive " + list.name() + " from " + publication.name()
                + " at this address.";
        List<String> before = list.description().isBlank() ? List.of(asked) : List.of(asked, list.description());
        ReaderMails.Message m = new ReaderMails.Message(publication.name(), "Confirm your subscription to " + list.name(),
                before, null, "Yes, subscribe me", link, List.of("The link works for " + hours() + ". If it wasn't you, "
                + "ignore this message: without your confirmation nothing is sent and your address is not kept."));
        String html = new String(templates.render("members/mail", m), StandardCharsets.UTF_8);
        mail.send(new OutgoingMail(to, "Confirm your subscription to " + list.name(), m.text(), html, MAIL_KIND));
    }

    private String hours() {
        long h = props.lifetime().toHours();
        return h >= 48 && h % 24 == 0 ? (h / 24) + " days" : h == 1 ? "an hour" : h + " hours";
    }

    /** {@code a•••@example.org}: enough for its owner to recognise, not enough to harvest. */
    public static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "your address" : email.charAt(0) + "•••" + email.substring(at);
    }
}
