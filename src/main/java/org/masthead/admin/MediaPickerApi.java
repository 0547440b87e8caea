package org.masthead.admin;

import org.masthead.media.Image;
import org.masthead.media.MediaLibrary;
import org.masthead.media.MediaService;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.JsonApi;
import org.masthead.platform.UnsupportedMediaException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * JSON for the article editor's image picker and the library page's uploader, on the staff session (CSRF in
 * the header for the upload). {@code GET /admin/media/search.json?q=&page=} finds images newest first;
 * {@code POST /admin/media} takes one multipart {@code file} (with optional {@code alt}, {@code caption},
 * {@code credit}) and answers 201 with the same item, or a problem detail a person can read: 400, 413 (naming
 * the limit) or 415 (the type is judged by content, not by name).
 */
@RestController
@JsonApi
class MediaPickerApi {

    private final MediaService media;
    private final MediaLibrary library;
    private final MediaViews views;

    MediaPickerApi(MediaService media, MediaLibrary library, MediaViews views) {
        this.media = media;
        this.library = library;
        this.views = views;
    }

    @GetMapping(value = "/admin/media/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    MediaPages.Results search(StaffUser me, @RequestParam(defaultValue = "") String q,
                              @RequestParam(defaultValue = "1") int page) {
        me.require(Permission.VIEW_DASHBOARD);
        MediaLibrary.ImagePage found = library.search(q, false, page, MediaViews.PAGE_SIZE);
        return new MediaPages.Results(found.items().stream().map(views::item).toList(), found.page(), found.pages());
    }

    @PostMapping(value = "/admin/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MediaPages.Item> upload(StaffUser me, @RequestPart("file") MultipartFile file,
                                           @RequestParam(defaultValue = "") String alt,
                                           @RequestParam(defaultValue = "") String caption,
                                           @RequestParam(defaultValue = "") String credit) throws IOException {
        me.require(Permission.UPLOAD_MEDIA);
        Image image = media.upload(file.getBytes(), file.getOriginalFilename(), alt, caption, credit);
        return ResponseEntity.created(URI.create(MediaViews.href(image.id()))).body(views.item(image));
    }

    /** Before the generic answer of {@code ApiProblems}, which cannot know the limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large", "file",
                "The file is larger than the " + views.uploadLimit() + " limit for each image");
    }

    /** The picker shows {@code detail} as it is, so it reads as a sentence rather than a field's note. */
    @ExceptionHandler(UnsupportedMediaException.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedMediaException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        InvalidInputException.FieldError first = e.errors().get(0);
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", first.field(), first.message());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String field, String message) {
        String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, sentence);
        p.setTitle(title);
        p.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
