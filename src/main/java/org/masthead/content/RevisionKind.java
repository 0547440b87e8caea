package org.masthead.content;

/** What made a new version of an article: a save of its fields, or a change of its status. */
public enum RevisionKind {
    CREATED, SAVED, AUTOSAVED, RESTORED, SUBMITTED, WITHDRAWN, SCHEDULED, PUBLISHED, UNPUBLISHED, CORRECTED;

    /** True for the kinds that change editable fields (the rest change the status or add a correction). */
    public boolean savesFields() {
        return this == CREATED || this == SAVED || this == AUTOSAVED || this == RESTORED;
    }
}
