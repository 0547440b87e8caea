package org.masthead.newsletter;

import org.masthead.members.MemberDirectory;
import org.masthead.newsletter.DeliveryRepository.Delivery;
import org.masthead.newsletter.DeliveryRepository.Due;
import org.masthead.newsletter.DeliveryRepository.Outcome;
import org.masthead.paywall.Entitlements;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks again, just before a batch goes, about each of its candidates: does the member still exist and at which
 * address, are they still in the list's audience, still a subscriber where the list is for subscribers (and
 * which variant they get), is the address suppressed. Five queries for the whole batch, none per candidate.
 */
@Component
class Recipients {

    /** One message to send; {@code wholeText}: the whole-text variant, else the excerpts. */
    record Recipient(long deliveryId, long memberId, String address, int attempts, boolean wholeText) { }

    /** The batch's candidates split: those to send to, and the exclusions to record. */
    record Checked(List<Recipient> toSend, List<Outcome> excluded) { }

    private final MemberDirectory directory;
    private final Audiences audiences;
    private final Entitlements entitlements;
    private final Suppressions suppressions;

    Recipients(MemberDirectory directory, Audiences audiences, Entitlements entitlements, Suppressions suppressions) {
        this.directory = directory;
        this.audiences = audiences;
        this.entitlements = entitlements;
        this.suppressions = suppressions;
    }

    Checked check(NewsletterList list, IssueContent issue, List<Due> due) {
        List<Long> ids = due.stream().map(Due::memberId).toList();
        Map<Long, String> addresses = directory.emails(ids);
        Set<Long> inAudience = audiences.among(list, ids);
        boolean subscribersOnly = list.audience() == Audience.SUBSCRIBERS;
        boolean variantsDiffer = !issue.htmlFull().equals(issue.htmlExcerpt()) || !issue.textFull().equals(issue.textExcerpt());
        Set<Long> subscribers = subscribersOnly || variantsDiffer ? entitlements.subscribersAmong(ids) : Set.of();
        Set<String> suppressed = suppressions.suppressedAmong(addresses.values());
        List<Recipient> toSend = new ArrayList<>();
        List<Outcome> excluded = new ArrayList<>();
        for (Due d : due) {
            String address = addresses.get(d.memberId());
            boolean subscriber = subscribers.contains(d.memberId());
            var facts = new Exclusions.Facts(address != null, inAudience.contains(d.memberId()), subscribersOnly,
                    subscriber, address != null && suppressed.contains(Suppressions.normalise(address)));
            Exclusions.reason(list.kind(), facts).ifPresentOrElse(
                    why -> excluded.add(new Outcome(d.id(), Delivery.EXCLUDED, why.code(), null, null, null, null)),
                    () -> toSend.add(new Recipient(d.id(), d.memberId(), address, d.attempts(), subscriber)));
        }
        return new Checked(toSend, excluded);
    }
}
