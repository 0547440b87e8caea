package org.masthead.admin;

import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticleService;
import org.masthead.content.ArticleWorkflow;
import org.masthead.media.MediaService;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.PublicationProperties;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The editor's buttons as one transaction each: save the fields, then take the step (submit, publish,
 * schedule); if the step is refused, nothing was saved either. The caller has asked the workflow policy.
 */
@Service
class ArticleDesk {

    enum Step { SAVE, SUBMIT, PUBLISH, SCHEDULE }

    private final ArticleService articles;
    private final ArticleWorkflow workflow;
    private final MediaService media;
    private final PublicationProperties publication;

    ArticleDesk(ArticleService articles, ArticleWorkflow workflow, MediaService media, PublicationProperties publication) {
        this.articles = articles;
        this.workflow = workflow;
        this.media = media;
        this.publication = publication;
    }

    @Transactional
    ArticleService.Saved create(StaffUser me, ArticleForm form, Step step) {
        ArticleService.Saved saved = articles.create(draft(form), me.id());
        return new ArticleService.Saved(then(me, saved.article(), step, form), saved.removed());
    }

    /**
     * Saves over {@code expectedVersion}. On a published article the form must say whether this is a significant
     * update (readers see "Updated", and the correction note if one was written) or a minor fix.
     */
    @Transactional
    ArticleService.Saved save(StaffUser me, Article current, int expectedVersion, ArticleForm form, Step step) {
        boolean live = current.isPublished();
        String change = form.value("change");
        if (live && !change.equals("minor") && !change.equals("significant")) {
            throw new InvalidInputException("change", "say whether this is a significant update or a minor fix");
        }
        ArticleService.Saved saved = articles.update(current.id(), expectedVersion, draft(form), !live || change.equals("minor"), me.id());
        Article a = saved.article();
        if (live && change.equals("significant") && !form.value("correction").isBlank()) {
            a = articles.addCorrection(a.id(), form.value("correction"), me.id());
        }
        return new ArticleService.Saved(then(me, a, step, form), saved.removed());
    }

    @Transactional
    ArticleService.Saved autosave(StaffUser me, Article current, int expectedVersion, ArticleForm form) {
        return articles.autosave(current.id(), expectedVersion, draft(form), me.id());
    }

    private Article then(StaffUser me, Article a, Step step, ArticleForm form) {
        return switch (step) {
            case SAVE -> a;
            case SUBMIT -> workflow.submit(a.id(), a.version(), me.id());
            case PUBLISH -> workflow.publish(a.id(), a.version(), me.id());
            case SCHEDULE -> workflow.schedule(a.id(), form.publishAt(publication.timeZone()), a.version(), me.id());
        };
    }

    /** The draft, once the images it names are known to the media library. */
    private ArticleDraft draft(ArticleForm form) {
        ArticleDraft d = form.draft();
        InvalidInputException.Builder errors = InvalidInputException.builder();
        if (d.leadImage() != null && media.find(d.leadImage().mediaId()).isEmpty()) {
            errors.add("leadMediaId", "there is no image " + d.leadImage().mediaId() + " in the media library");
        }
        if (d.socialMediaId() != null && media.find(d.socialMediaId()).isEmpty()) {
            errors.add("socialMediaId", "there is no image " + d.socialMediaId() + " in the media library");
        }
        errors.throwIfAny();
        return d;
    }

}
