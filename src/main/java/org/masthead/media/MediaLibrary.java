package org.masthead.media;

import org.masthead.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The newsroom's media library: finding images, editing their words, deleting them. Edits and deletions
 * write to the change feed, so every node drops its copy of the row ({@link ImageRows}) and the pages
 * that showed it. Whether an image may be deleted (is it used?) is asked of {@code content} by the caller:
 * this module knows nothing of articles.
 */
@Service
public class MediaLibrary {

    /** One page of a search, newest first; {@code pages} is at least 1. */
    public record ImagePage(List<Image> items, long total, int page, int pages) { }

    private final MediaRepository repo;
    private final ImageRows rows;
    private final ImageStorage storage;

    MediaLibrary(MediaRepository repo, ImageRows rows, ImageStorage storage) {
        this.repo = repo;
        this.rows = rows;
        this.storage = storage;
    }

    /**
     * Images whose caption, credit, alt text or file name contain every word of {@code words} (blank: all),
     * only those without alt text when {@code missingAltOnly}.
     */
    @Transactional(readOnly = true)
    public ImagePage search(String words, boolean missingAltOnly, int page, int size) {
        MediaRepository.Filter filter = new MediaRepository.Filter(words, missingAltOnly);
        long total = repo.count(filter);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int p = Math.max(1, page);
        List<Image> items = repo.search(filter, size, (long) (p - 1) * size);
        return new ImagePage(items, total, p, pages);
    }

    @Transactional
    public Image edit(long id, ImageText text) {
        Image image = repo.find(id).orElseThrow(() -> new NotFoundException("no image " + id));
        text.checked(image.filename());
        if (!repo.updateText(id, text.alt(), text.caption(), text.credit())) {
            throw new NotFoundException("no image " + id);
        }
        rows.changed(id);
        return repo.find(id).orElseThrow();
    }

    /**
     * Deletes the row and, once that is committed, the original and every variant made of it (a rollback
     * leaves the files in place). The caller has checked that nothing uses the image.
     */
    @Transactional
    public void delete(long id) {
        String original = repo.storageKey(id).orElseThrow(() -> new NotFoundException("no image " + id));
        repo.delete(id);
        rows.changed(id);
        ImageRows.afterCommit(() -> {
            storage.delete(original);
            storage.delete(MediaService.variantFolder(id));
        });
    }
}
