package org.masthead.newsletter;

import org.masthead.mail.MailService;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Addresses newsletters must not go to. A hard bounce (an SMTP 5xx during a send, or a relay's report) or a
 * complaint suppresses an address; an admin adds one by hand or lifts one. Suppression is by address, not by
 * member, normalised (trimmed, lower case), so it holds whoever has the address and whatever its case.
 */
@Service
class Suppressions {

    static final int MAX_DETAIL = 1000;

    private final SuppressionRepository repo;
    private final Clock clock;

    Suppressions(SuppressionRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    static String normalise(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    /** Suppresses the address unless it already is; true when this call suppressed it. */
    @Transactional
    public boolean suppress(String address, Suppression.Reason reason, String detail, Long staffId) {
        String clipped = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
        return repo.suppress(normalise(address), reason, clipped, staffId, clock.instant());
    }

    /** An admin's suppression; refuses an address mail could not go to anyway, naming the field. */
    @Transactional
    public void addByHand(String address, String note, long staffId) {
        String normalised = normalise(address);
        MailService.addressProblem(normalised).ifPresent(problem -> {
            throw new InvalidInputException("address", problem);
        });
        if (note != null && note.length() > MAX_DETAIL) {
            throw new InvalidInputException("note", "at most " + MAX_DETAIL + " characters");
        }
        if (!suppress(normalised, Suppression.Reason.MANUAL, note == null || note.isBlank() ? null : note.strip(), staffId)) {
            throw new InvalidInputException("address", "already suppressed");
        }
    }

    /** Newsletters go to the address again; false when it was not suppressed. */
    @Transactional
    public boolean lift(long id, long staffId) {
        repo.find(id).orElseThrow(() -> new NotFoundException("no suppression " + id));
        return repo.lift(id, staffId, clock.instant());
    }

    /** Which of these addresses (any case) are suppressed now, normalised. */
    @Transactional(readOnly = true)
    public Set<String> suppressedAmong(Collection<String> addresses) {
        return repo.activeAmong(addresses.stream().map(Suppressions::normalise).distinct().toList());
    }

    @Transactional(readOnly = true)
    public List<Suppression> search(String part, int limit) {
        return repo.search(normalise(part), limit);
    }

    @Transactional(readOnly = true)
    public Suppression require(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("no suppression " + id));
    }
}
