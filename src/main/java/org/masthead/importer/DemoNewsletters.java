package org.masthead.importer;

import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.mail.MailService;
import org.masthead.newsletter.Audience;
import org.masthead.newsletter.Cadence;
import org.masthead.newsletter.ListKind;
import org.masthead.newsletter.NewsletterLists;
import org.masthead.newsletter.SaveList;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo newsroom's newsletters: a morning digest of every section, a weekend digest of culture and science,
 * breaking news sent by hand, and the offers list. Made once, with the rest of the demo, into an empty database.
 */
@Component
class DemoNewsletters {

    private final NewsletterLists lists;
    private final TaxonomyService taxonomy;
    private final Publication publication;
    private final MailService mail;

    DemoNewsletters(NewsletterLists lists, TaxonomyService taxonomy, Publication publication, MailService mail) {
        this.lists = lists;
        this.taxonomy = taxonomy;
        this.publication = publication;
        this.mail = mail;
    }

    int seed() {
        List<Section> sections = taxonomy.sections();
        List<Long> all = sections.stream().map(Section::id).toList();
        List<Long> weekend = sections.stream().filter(s -> Set.of("culture", "science").contains(s.slug()))
                .map(Section::id).toList();
        List<SaveList> made = List.of(
                list("Morning Briefing", "The stories that matter this morning, and what to watch for today.",
                        ListKind.NEWS, Cadence.DAILY, LocalTime.of(7, 0), null, all),
                list("Weekend Reads", "The week's best culture and science writing, every Saturday morning.",
                        ListKind.NEWS, Cadence.WEEKLY, LocalTime.of(8, 0), DayOfWeek.SATURDAY, weekend),
                list("Breaking News", "Big stories as they break; a few times a month at most.",
                        ListKind.NEWS, Cadence.MANUAL, null, null, List.of()),
                list("Offers and early access", "Early access to discounts and offers for readers of "
                        + publication.name() + ".", ListKind.OFFERS, Cadence.MANUAL, null, null, List.of()));
        made.forEach(lists::create);
        return made.size();
    }

    private SaveList list(String name, String description, ListKind kind, Cadence cadence, LocalTime at,
                          DayOfWeek day, List<Long> sections) {
        return new SaveList(name, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), description,
                kind, cadence, at, day, publication.name(), mail.fromAddress(), null, Audience.EVERYONE, sections);
    }
}
