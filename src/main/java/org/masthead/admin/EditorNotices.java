package org.masthead.admin;

import org.masthead.admin.ArticlePages.PreviewLink;
import org.masthead.content.PreviewLinks;
import org.masthead.platform.PublicationProperties;
import org.springframework.stereotype.Component;

/** What the editor says after a button did its work, and the preview link it just made. */
@Component
class EditorNotices {

    private final PreviewLinks previews;
    private final PublicationProperties publication;
    private final NewsroomTimes times;

    EditorNotices(PreviewLinks previews, PublicationProperties publication, NewsroomTimes times) {
        this.previews = previews;
        this.publication = publication;
        this.times = times;
    }

    String done(String done) {
        return done == null ? "" : switch (done) {
            case "save" -> "Saved.";
            case "submit" -> "Submitted for review. Editors will see it in the list of submitted articles.";
            case "publish" -> "Published. Readers see it now.";
            case "schedule" -> "Scheduled.";
            case "withdrawn" -> "Back to draft.";
            case "unpublished" -> "Unpublished. Readers of its address are told it was withdrawn.";
            case "restored" -> "Restored as a new version. The history keeps every earlier version.";
            case "preview" -> "Preview link made.";
            default -> "";
        };
    }

    /** The link for a token this page was just given, or null when it is not one of ours. */
    PreviewLink previewLink(String token) {
        if (token == null) {
            return null;
        }
        return previews.open(token).map(p -> new PreviewLink(publication.absolute("/preview/" + token),
                times.when(p.expiresAt()))).orElse(null);
    }
}
