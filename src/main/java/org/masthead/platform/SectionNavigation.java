package org.masthead.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The site's section navigation as the newsroom arranged it: top-level sections by id, in order, each shown or
 * hidden. Sections are the content module's, so this knows them by id only. A section the arrangement does
 * not name (created since, or never arranged) is shown after the named ones, in its own order: a new section
 * appears rather than vanishing until someone remembers the settings screen.
 */
public final class SectionNavigation {

    /** One top-level section's place in the navigation. */
    public record Entry(long sectionId, boolean shown) { }

    private SectionNavigation() {
    }

    /**
     * Every section of {@code topLevel} (ids in the sections' own order) exactly once: first those {@code saved}
     * names, in its order and visibility, then the rest, shown. Saved entries for sections that no longer exist,
     * or are no longer top level, are dropped.
     */
    public static List<Entry> arrange(List<Long> topLevel, List<Entry> saved) {
        Set<Long> exists = new LinkedHashSet<>(topLevel);
        List<Entry> out = new ArrayList<>();
        Set<Long> placed = new LinkedHashSet<>();
        for (Entry e : saved) {
            if (exists.contains(e.sectionId()) && placed.add(e.sectionId())) {
                out.add(e);
            }
        }
        for (Long id : topLevel) {
            if (placed.add(id)) {
                out.add(new Entry(id, true));
            }
        }
        return out;
    }

    /** The ids of the sections shown, in navigation order. */
    public static List<Long> shown(List<Long> topLevel, List<Entry> saved) {
        return arrange(topLevel, saved).stream().filter(Entry::shown).map(Entry::sectionId).toList();
    }
}
