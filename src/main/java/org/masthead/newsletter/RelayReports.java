package org.masthead.newsletter;

import org.masthead.members.MemberAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Applies a relay's verified reports: a permanent bounce or a complaint suppresses the address (reason and time in
 * the detail); a temporary bounce changes nothing, since the relay retries it. All in one transaction, so a report
 * is applied whole or not at all. A complaint also takes the member holding the address off every list (the
 * ledger records why), so their account page tells the truth and lifting the suppression sends them nothing.
 */
@Service
class RelayReports {

    /** What a report did, for the relay's log. */
    record Applied(int received, int suppressed, int ignored) { }

    private final Suppressions suppressions;
    private final Subscriptions subscriptions;
    private final MemberAccounts members;

    RelayReports(Suppressions suppressions, Subscriptions subscriptions, MemberAccounts members) {
        this.suppressions = suppressions;
        this.subscriptions = subscriptions;
        this.members = members;
    }

    @Transactional
    public Applied apply(List<RelayReport> reports) {
        int suppressed = 0;
        for (RelayReport r : reports) {
            if (r.complaint() || r.permanent()) {
                String when = r.occurredAt() == null ? "" : " (" + r.occurredAt() + ")";
                String detail = (r.reason() == null || r.reason().isBlank() ? "reported by the mail relay" : r.reason()) + when;
                if (suppressions.suppress(r.email(), r.complaint() ? Suppression.Reason.COMPLAINT : Suppression.Reason.BOUNCE,
                        detail, null)) {
                    suppressed++;
                }
                if (r.complaint()) {
                    members.byEmail(r.email()).ifPresent(m -> subscriptions.unsubscribeAll(m.id(), Subscriptions.COMPLAINT));
                }
            }
        }
        return new Applied(reports.size(), suppressed, (int) reports.stream().filter(r -> !r.complaint() && !r.permanent()).count());
    }
}
