package org.masthead.members;

import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The consent ledger. Purposes are strings: {@code offers} (early access to discounts and offers),
 * {@code notifications} (activity on the account), and {@code newsletter:<id>} per list. Every grant and
 * withdrawal is a new record naming the wording shown; nothing is updated or deleted, and the latest record
 * per purpose decides ({@link #granted}). Wordings are versioned rows, seeded by a migration and changed by
 * admins, which adds a version.
 */
@Service
public class Consents {

    public static final String OFFERS = "offers";
    public static final String NOTIFICATIONS = "notifications";
    static final Pattern PURPOSE = Pattern.compile("offers|notifications|newsletter:[0-9]{1,18}");
    static final Pattern SOURCE = Pattern.compile("[a-z0-9-]{1,40}");
    static final int MAX_WORDING = 1000;

    private final ConsentRepository repo;
    private final Clock clock;

    Consents(ConsentRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    /** What the form for {@code purpose} says now; forms render it and send its id back. */
    @Transactional(readOnly = true)
    public ConsentWording currentWording(String purpose) {
        return repo.currentWording(purpose).orElseThrow(() -> new NotFoundException("no wording for " + purpose));
    }

    /** A version of a wording by its id (any version, current or not): what a form showed. */
    @Transactional(readOnly = true)
    public java.util.Optional<ConsentWording> wording(long id) {
        return repo.wording(id);
    }

    /**
     * Records a grant or a withdrawal, effective at once. {@code wordingId} must be a wording of this purpose
     * (any version: the one the reader was shown), else nothing is recorded.
     */
    @Transactional
    public void record(long memberId, String purpose, boolean granted, String source, long wordingId) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new InvalidInputException("purpose", "No such purpose");
        }
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("a source is a short lower-case name such as account-page");
        }
        if (repo.wording(wordingId).filter(w -> w.purpose().equals(purpose)).isEmpty()) {
            throw new InvalidInputException("wording", "That form is out of date; reload the page and try again");
        }
        repo.insert(memberId, purpose, granted, source, wordingId, clock.instant());
    }

    /** True when the member's latest record for the purpose is a grant; no record means no consent. */
    @Transactional(readOnly = true)
    public boolean granted(long memberId, String purpose) {
        return repo.latest(memberId, purpose).orElse(false);
    }

    /**
     * Which of these members' latest record for the purpose is a grant, checked now: senders ask right before
     * each batch, so a withdrawal made during a send takes effect at once. At most 1000 ids.
     */
    @Transactional(readOnly = true)
    public Set<Long> grantedAmong(String purpose, Collection<Long> memberIds) {
        if (memberIds.size() > 1000) {
            throw new IllegalArgumentException("at most 1000 ids at a time");
        }
        return memberIds.isEmpty() ? Set.of() : repo.grantedAmong(purpose, memberIds);
    }

    /**
     * A page of the members whose latest record for the purpose is a grant, ids above {@code afterId} in
     * order; page on with the last id. A send's audience is built this way, never as one list in memory.
     */
    @Transactional(readOnly = true)
    public List<Long> grantedAfter(String purpose, long afterId, int limit) {
        return repo.grantedAfter(purpose, afterId, Math.max(1, Math.min(limit, 1000)));
    }

    /** How many members' latest record for the purpose is a grant now (a send's expected audience). */
    @Transactional(readOnly = true)
    public long countGranted(String purpose) {
        return repo.countGranted(purpose);
    }

    /** The member's records, newest first. */
    @Transactional(readOnly = true)
    public List<ConsentRecord> history(long memberId) {
        return repo.history(memberId);
    }

    /** Every wording, purposes in order and newest version first, for the staff screen. */
    @Transactional(readOnly = true)
    public List<ConsentWording> wordings() {
        return repo.wordings();
    }

    /** Adds a version of the wording of {@code purpose}; the old versions stay, as records name them. */
    @Transactional
    public ConsentWording reword(String purpose, String text) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new InvalidInputException("purpose", "No such purpose");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > MAX_WORDING) {
            throw new InvalidInputException("wording", t.isEmpty() ? "Write what the reader agrees to"
                    : "Use at most " + MAX_WORDING + " characters");
        }
        try {
            return repo.addWording(purpose, t, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("wording", "Someone saved a new version just now; reload and try again");
        }
    }

    /**
     * Writes the whole ledger as CSV (RFC 4180), oldest first, streamed row by row: record id, member id, the
     * member's current address (empty once deleted), purpose, granted or withdrawn, time (UTC), source, wording
     * id and version.
     */
    @Transactional(readOnly = true)
    public void writeLedgerCsv(Writer out) throws IOException {
        LedgerCsv csv = new LedgerCsv(out);
        csv.header();
        try {
            repo.each(rs -> csv.row(ConsentRepository.record(rs, 0), rs.getString("email")));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Withdraws every purpose the member has granted, when their account is deleted. */
    void withdrawAll(long memberId, String source) {
        repo.history(memberId).stream().map(ConsentRecord::purpose).distinct()
                .filter(p -> granted(memberId, p))
                .forEach(p -> repo.insert(memberId, p, false, source, currentWording(p).id(), clock.instant()));
    }
}
