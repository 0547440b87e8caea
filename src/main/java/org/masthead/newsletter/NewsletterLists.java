package org.masthead.newsletter;

import org.masthead.members.ConsentWording;
import org.masthead.members.Consents;
import org.masthead.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The newsletters: what exists, and making and changing them. */
@Service
public class NewsletterLists {

    private final NewsletterListRepository repo;
    private final Consents consents;
    private final Clock clock;

    NewsletterLists(NewsletterListRepository repo, Consents consents, Clock clock) {
        this.repo = repo;
        this.consents = consents;
        this.clock = clock;
    }

    /** Every list, archived ones last. */
    @Transactional(readOnly = true)
    public List<NewsletterList> all() {
        return repo.all();
    }

    /** The lists offered to readers now, in the order staff gave them. */
    @Transactional(readOnly = true)
    public List<NewsletterList> active() {
        return repo.all().stream().filter(l -> !l.archived()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<NewsletterList> find(long id) {
        return repo.find(id);
    }

    @Transactional(readOnly = true)
    public NewsletterList require(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("no newsletter " + id));
    }

    /**
     * Makes a list and the first version of the consent wording its sign-up forms show. The caller has
     * checked the fields.
     */
    @Transactional
    public NewsletterList create(SaveList list) {
        long id = repo.insert(list, clock.instant());
        if (list.kind() == ListKind.NEWS) {
            consents.reword(NewsletterList.purposeOf(id), wording(list));
        }
        return repo.find(id).orElseThrow();
    }

    /** The consent wording a list's sign-up forms show; {@link Consents#currentWording} for its purpose. */
    @Transactional(readOnly = true)
    public ConsentWording wordingOf(NewsletterList list) {
        return consents.currentWording(list.kind() == ListKind.OFFERS ? Consents.OFFERS : list.purpose());
    }

    static String wording(SaveList list) {
        return "Send me " + list.name() + " by e-mail. You can unsubscribe with one click from any issue or from your account page.";
    }
}
