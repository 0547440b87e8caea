package org.masthead.newsletter;

import org.masthead.members.MemberDataExport;
import org.masthead.members.MemberDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A member's newsletter data: the {@code newsletters} section of their data download (each list they were ever
 * on, whether they are now, how and when), and its deletion with their account, inside the deleting
 * transaction: subscriptions and the sign-ups of their address go; the consent ledger keeps its records
 * (withdrawn by {@code members}).
 */
@Component
class SubscriberData implements MemberDataExport {

    /** One list as the reader downloads it; times ISO 8601. */
    record Item(String newsletter, boolean subscribed, String source, String since, String changedAt) { }

    private final SubscriptionRepository subscriptions;
    private final NewsletterLists lists;
    private final Subscriptions service;
    private final Signups signups;

    SubscriberData(SubscriptionRepository subscriptions, NewsletterLists lists, Subscriptions service, Signups signups) {
        this.subscriptions = subscriptions;
        this.lists = lists;
        this.service = service;
        this.signups = signups;
    }

    @Override
    public String section() {
        return "newsletters";
    }

    @Override
    public List<Item> export(long memberId) {
        Map<Long, String> names = lists.all().stream()
                .collect(Collectors.toMap(NewsletterList::id, NewsletterList::name, (a, b) -> a));
        return subscriptions.rows(memberId).stream().map(r -> new Item(names.get(r.listId()), r.subscribed(),
                r.source(), iso(r.createdAt()), iso(r.changedAt()))).toList();
    }

    @EventListener
    void on(MemberDeleted deleted) {
        service.forget(deleted.memberId());
        signups.forget(deleted.formerEmail());
    }

    private static String iso(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
