package org.masthead.site;

import org.masthead.content.Refs;
import org.masthead.members.ConsentWording;
import org.masthead.newsletter.Cadences;
import org.masthead.newsletter.ListKind;
import org.masthead.newsletter.NewsletterList;
import org.masthead.newsletter.NewsletterLists;
import org.masthead.newsletter.Subscriptions;
import org.masthead.site.NewsletterPages.Box;
import org.masthead.site.NewsletterPages.Item;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** Builds the reader's newsletter parts from the newsletter module: the article box, the lists a member may choose. */
@Component
class NewsletterViews {

    private final NewsletterLists lists;
    private final Subscriptions subscriptions;

    NewsletterViews(NewsletterLists lists, Subscriptions subscriptions) {
        this.lists = lists;
        this.subscriptions = subscriptions;
    }

    /** The box of an article in {@code section}, or null when no list is offered there. Nothing personal. */
    Box box(Refs.SectionRef section) {
        return lists.forArticle(section.id(), section.parentId()).map(this::box).orElse(null);
    }

    Box box(NewsletterList l) {
        ConsentWording w = lists.offeredWording(l);
        return new Box(l.id(), l.name(), l.description(), Cadences.forReaders(l), w.id(), w.text());
    }

    /** Every offered news list the member may receive, and those they are on, in the newsroom's order. */
    List<Item> items(long memberId) {
        Set<Long> on = subscriptions.listsOf(memberId);
        return lists.offered().stream().filter(l -> l.kind() == ListKind.NEWS)
                .map(l -> item(memberId, l, on.contains(l.id())))
                .filter(i -> i.subscribed() || i.refusal().isEmpty()).toList();
    }

    Item item(long memberId, NewsletterList l, boolean subscribed) {
        return new Item(l.id(), l.name(), l.description(), Cadences.forReaders(l), subscribed,
                subscriptions.refusal(memberId, l).orElse(""));
    }
}
