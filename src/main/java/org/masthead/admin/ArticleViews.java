package org.masthead.admin;

import org.masthead.admin.ArticlePages.Status;
import org.masthead.content.ArticleStatus;
import org.masthead.content.RevisionKind;

/** Words for article states and changes, shared by the article screens. */
final class ArticleViews {
    private ArticleViews() {
    }

    static Status status(ArticleStatus s) {
        return switch (s) {
            case DRAFT -> new Status("Draft", "");
            case SUBMITTED -> new Status("Submitted for review", "warn");
            case SCHEDULED -> new Status("Scheduled", "info");
            case PUBLISHED -> new Status("Published", "ok");
            case UNPUBLISHED -> new Status("Unpublished", "bad");
        };
    }

    static String kind(RevisionKind k, Integer restoredFrom) {
        return switch (k) {
            case CREATED -> "Created";
            case SAVED -> "Saved";
            case AUTOSAVED -> "Saved automatically";
            case RESTORED -> "Restored version " + restoredFrom;
            case SUBMITTED -> "Submitted for review";
            case WITHDRAWN -> "Back to draft";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Unpublished";
            case CORRECTED -> "Correction added";
        };
    }
}
