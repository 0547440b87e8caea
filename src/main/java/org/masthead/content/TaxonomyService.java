package org.masthead.content;

import org.masthead.content.ArticleEvents.TaxonomyChanged;
import org.masthead.platform.ChangeFeed;
import org.masthead.platform.ChangeFeed.ChangeObserved;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NodeCache;
import org.masthead.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sections, tags and authors. They are few and read on every page, so each node keeps them in memory and
 * drops that copy when the change feed says any node changed one.
 */
@Service
public class TaxonomyService {

    static final String TOPIC = "taxonomy";

    private record Snapshot(List<Section> sections, List<Tag> tags, List<Author> authors) { }

    private final TaxonomyRepository repo;
    private final OldSlugRepository oldSlugs;
    private final ChangeFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NodeCache<String, Snapshot> snapshot = new NodeCache<>(1);

    TaxonomyService(TaxonomyRepository repo, OldSlugRepository oldSlugs, ChangeFeed feed, ApplicationEventPublisher events,
                    Clock clock) {
        this.repo = repo;
        this.oldSlugs = oldSlugs;
        this.feed = feed;
        this.events = events;
        this.clock = clock;
    }

    public List<Section> sections() {
        return snap().sections();
    }

    public Optional<Section> section(String slug) {
        return sections().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Optional<Section> section(long id) {
        return sections().stream().filter(s -> s.id() == id).findFirst();
    }

    public List<Section> children(long parentId) {
        return sections().stream().filter(s -> s.parentId() != null && s.parentId() == parentId).toList();
    }

    public List<Tag> tags() {
        return snap().tags();
    }

    public Optional<Tag> tag(String slug) {
        return tags().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public Optional<Tag> tag(long id) {
        return tags().stream().filter(t -> t.id() == id).findFirst();
    }

    public List<Author> authors() {
        return snap().authors();
    }

    public Optional<Author> author(String slug) {
        return authors().stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    public Optional<Author> author(long id) {
        return authors().stream().filter(a -> a.id() == id).findFirst();
    }

    @Transactional
    public Section saveSection(Long id, String slug, String name, String description, String parentSlug, int position) {
        String s = slug == null || slug.isBlank() ? Slugs.of(name) : slug;
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new InvalidInputException.FieldError("name", "must not be blank"));
        }
        if (!Slugs.isValid(s) || Slugs.RESERVED.contains(s)) {
            errors.add(new InvalidInputException.FieldError("slug", "use lower-case letters, digits and hyphens; not a reserved word"));
        }
        Long parentId = null;
        if (parentSlug != null && !parentSlug.isBlank()) {
            Section parent = section(parentSlug).orElse(null);
            if (parent == null) {
                errors.add(new InvalidInputException.FieldError("parent", "no section " + parentSlug));
            } else if (parent.parentId() != null || (id != null && parent.id() == id)) {
                errors.add(new InvalidInputException.FieldError("parent", "sections nest one level deep"));
            } else if (id != null && !children(id).isEmpty()) {
                errors.add(new InvalidInputException.FieldError("parent",
                        "this section has sub-sections; sections nest one level deep"));
            } else {
                parentId = parent.id();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String desc = description == null ? "" : description.trim();
        long saved;
        try {
            if (id == null) {
                saved = repo.insertSection(s, name.trim(), desc, parentId, position, clock.instant());
            } else {
                String before = repo.slug("content_section", id).orElseThrow(() -> new NotFoundException("no section " + id));
                repo.updateSection(id, s, name.trim(), desc, parentId, position);
                oldSlugs.renamed(OldSlugRepository.Kind.SECTION, id, before, s);
                saved = id;
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("slug", "another section uses " + s);
        }
        changed("section", saved);
        return new Section(saved, s, name.trim(), desc, parentId, position);
    }

    /** Refused, with what is in the way, while articles or sub-sections belong to it. */
    @Transactional
    public void deleteSection(long id) {
        if (repo.sectionInUse(id)) {
            TaxonomyUsage usage = repo.usage();
            throw new InvalidInputException("section", "it holds " + count(usage.articlesInSection(id), "article")
                    + " and " + count(usage.subSectionsOf(id), "sub-section")
                    + "; move them to another section first");
        }
        if (!repo.deleteSection(id)) {
            throw new NotFoundException("no section " + id);
        }
        oldSlugs.deleted(OldSlugRepository.Kind.SECTION, id);
        changed("section", id);
    }

    /** Tag ids for names, creating the tags that do not exist yet. */
    @Transactional
    public List<Long> tagIds(List<String> names) {
        List<Long> ids = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            String slug = Slugs.of(name);
            if (slug.isEmpty()) {
                throw new InvalidInputException("tags", "a tag needs letters or digits: '" + name + "'");
            }
            Long id = repo.tagBySlug(slug).map(Tag::id).orElse(null);
            if (id == null) {
                id = repo.insertTag(slug, name.trim(), clock.instant());
                changed("tag", id);
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Transactional
    public Tag saveTag(Long id, String slug, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        String s = slug == null || slug.isBlank() ? Slugs.of(name) : slug;
        if (!Slugs.isValid(s)) {
            throw new InvalidInputException("slug", "use lower-case letters, digits and hyphens");
        }
        try {
            long saved = id == null ? repo.insertTag(s, name.trim(), clock.instant()) : id;
            if (id != null) {
                String before = repo.slug("content_tag", id).orElseThrow(() -> new NotFoundException("no tag " + id));
                repo.updateTag(id, s, name.trim());
                oldSlugs.renamed(OldSlugRepository.Kind.TAG, id, before, s);
            }
            changed("tag", saved);
            return new Tag(saved, s, name.trim());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("slug", "another tag uses " + s);
        }
    }

    /** Refused while articles carry it: removing it from them would change published pages unannounced. */
    @Transactional
    public void deleteTag(long id) {
        int used = repo.usage().articlesTagged(id);
        if (used > 0) {
            throw new InvalidInputException("tag", count(used, "article") + " carry it; take it off them first");
        }
        if (!repo.deleteTag(id)) {
            throw new NotFoundException("no tag " + id);
        }
        oldSlugs.deleted(OldSlugRepository.Kind.TAG, id);
        changed("tag", id);
    }

    @Transactional
    public Author saveAuthor(Author a) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (a.name() == null || a.name().isBlank()) {
            errors.add(new InvalidInputException.FieldError("name", "must not be blank"));
        }
        if (a.kind() == null) {
            errors.add(new InvalidInputException.FieldError("kind", "person or desk"));
        }
        String s = a.slug() == null || a.slug().isBlank() ? Slugs.of(a.name()) : a.slug();
        if (!Slugs.isValid(s)) {
            errors.add(new InvalidInputException.FieldError("slug", "use lower-case letters, digits and hyphens"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Author clean = new Author(a.id(), s, a.name().trim(), a.kind(),
                a.jobTitle() == null ? "" : a.jobTitle().trim(), a.bio() == null ? "" : a.bio().trim(), a.photoMediaId());
        try {
            long saved = a.id() == 0 ? repo.insertAuthor(clean, clock.instant()) : a.id();
            if (a.id() != 0) {
                String before = repo.slug("content_author", a.id()).orElseThrow(() -> new NotFoundException("no author " + a.id()));
                repo.updateAuthor(clean);
                oldSlugs.renamed(OldSlugRepository.Kind.AUTHOR, a.id(), before, s);
            }
            changed("author", saved);
            return new Author(saved, s, clean.name(), clean.kind(), clean.jobTitle(), clean.bio(), clean.photoMediaId());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("slug", "another author uses " + s);
        }
    }

    @Transactional
    public void deleteAuthor(long id) {
        if (repo.authorInUse(id)) {
            throw new InvalidInputException("author", "their byline is on " + count(repo.usage().articlesBy(id), "article")
                    + "; take it off them first");
        }
        if (!repo.deleteAuthor(id)) {
            throw new NotFoundException("no author " + id);
        }
        oldSlugs.deleted(OldSlugRepository.Kind.AUTHOR, id);
        changed("author", id);
    }

    /** Articles (any status) per section, tag and author, and sub-sections per section: one query each. */
    public TaxonomyUsage usage() {
        return repo.usage();
    }

    /** The section that used to have this slug, for a 301 to its current address. */
    public Optional<Section> renamedSection(String oldSlug) {
        return oldSlugs.target(OldSlugRepository.Kind.SECTION, oldSlug).flatMap(this::section);
    }

    public Optional<Tag> renamedTag(String oldSlug) {
        return oldSlugs.target(OldSlugRepository.Kind.TAG, oldSlug).flatMap(this::tag);
    }

    public Optional<Author> renamedAuthor(String oldSlug) {
        return oldSlugs.target(OldSlugRepository.Kind.AUTHOR, oldSlug).flatMap(this::author);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void changed(String kind, long id) {
        feed.record(TOPIC, id);
        snapshot.invalidate();
        // and again once committed, so a reader between the two cannot keep the old copy
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot.invalidate();
                }
            });
        }
        events.publishEvent(new TaxonomyChanged(kind, id, clock.instant()));
    }

    /** Before the page cache hears of it ({@code @Order}), so no page is rebuilt from the old names. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onChange(ChangeObserved change) {
        if (TOPIC.equals(change.topic())) {
            snapshot.invalidate();
        }
    }

    private Snapshot snap() {
        return snapshot.get(TOPIC, () -> new Snapshot(repo.sections(), repo.tags(), repo.authors()));
    }
}
