package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.content.MediaUsage;
import org.masthead.media.Image;
import org.masthead.media.ImageText;
import org.masthead.media.MediaLibrary;
import org.masthead.media.MediaService;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.UnsupportedMediaException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The media library: a grid of images with search, the "no alt text" filter and an upload form, and each
 * image's page (its sizes and file facts, its words, where it is used, deletion). Seeing needs
 * {@code VIEW_DASHBOARD}; uploading, editing and deleting {@code UPLOAD_MEDIA}. Uploads here are the plain
 * form that works without JavaScript; the page's script sends each file to {@link MediaPickerApi} instead,
 * to show its progress.
 */
@Controller
class MediaLibraryController {

    private final MediaService media;
    private final MediaLibrary library;
    private final MediaUsage usage;
    private final MediaViews views;
    private final StaffChromes chromes;

    MediaLibraryController(MediaService media, MediaLibrary library, MediaUsage usage, MediaViews views,
                           StaffChromes chromes) {
        this.media = media;
        this.library = library;
        this.usage = usage;
        this.views = views;
        this.chromes = chromes;
    }

    @GetMapping("/admin/media")
    String grid(StaffUser me, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String missing,
                @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "") String done,
                @RequestParam(defaultValue = "0") int count, HttpServletRequest req, Model model) {
        me.require(Permission.VIEW_DASHBOARD);
        String notice = switch (done) {
            case "uploaded" -> count == 1 ? "1 image uploaded." : count + " images uploaded.";
            case "deleted" -> "The image was deleted, with every size made of it.";
            default -> "";
        };
        return grid(me, q.strip(), missing.equals("alt"), page, notice, List.of(), req, model);
    }

    /** Several files at once; each is checked by its content. Without JavaScript this is how images arrive. */
    @PostMapping(value = MediaUploadTooLarge.FORM_PATH, consumes = "multipart/form-data")
    String upload(StaffUser me, @RequestParam(name = "file", required = false) List<MultipartFile> files,
                  HttpServletRequest req, HttpServletResponse res, Model model) throws IOException {
        me.require(Permission.UPLOAD_MEDIA);
        List<Image> uploaded = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())) {
                upload(f, uploaded, errors, res);
            }
        }
        if (uploaded.isEmpty() && errors.isEmpty()) {
            errors.add("Choose one or more images to upload.");
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (errors.isEmpty()) {
            return uploaded.size() == 1 ? "redirect:" + MediaViews.href(uploaded.get(0).id()) + "?done=uploaded"
                    : "redirect:/admin/media?done=uploaded&count=" + uploaded.size();
        }
        String notice = uploaded.isEmpty() ? "" : uploaded.size() + " of the images uploaded; see below for the rest.";
        return grid(me, "", false, 1, notice, errors, req, model);
    }

    /** One file: kept, or its refusal noted with the status it earns (415 not an image, 400 otherwise). */
    private void upload(MultipartFile f, List<Image> uploaded, List<String> errors, HttpServletResponse res)
            throws IOException {
        try {
            uploaded.add(media.upload(f.getBytes(), f.getOriginalFilename(), "", "", ""));
        } catch (UnsupportedMediaException e) {
            errors.add(f.getOriginalFilename() + ": " + e.getMessage() + ".");
            res.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
        } catch (InvalidInputException e) {
            errors.add(f.getOriginalFilename() + ": " + e.errors().get(0).message() + ".");
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    @GetMapping("/admin/media/{id:[0-9]+}")
    String image(StaffUser me, @PathVariable long id, @RequestParam(defaultValue = "") String done,
                 HttpServletRequest req, Model model) {
        me.require(Permission.VIEW_DASHBOARD);
        Image image = find(id);
        String notice = switch (done) {
            case "uploaded" -> "Uploaded. Add alt text, so readers who cannot see the picture learn what it shows.";
            case "saved" -> "Saved.";
            default -> "";
        };
        return image(me, image, Form.values(text(image)), notice, "", req, model);
    }

    @PostMapping("/admin/media/{id:[0-9]+}")
    String edit(StaffUser me, @PathVariable long id, @RequestParam(defaultValue = "") String alt,
                @RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
                HttpServletRequest req, HttpServletResponse res, Model model) {
        me.require(Permission.UPLOAD_MEDIA);
        Image image = find(id);
        try {
            library.edit(id, new ImageText(alt, caption, credit));
            return "redirect:" + MediaViews.href(id) + "?done=saved";
        } catch (InvalidInputException e) {
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return image(me, image, Form.of(Map.of("alt", alt, "caption", caption, "credit", credit), e), "", "", req, model);
        }
    }

    /** Only an image nothing uses: deleting one in use would leave a broken picture in those articles. */
    @PostMapping("/admin/media/{id:[0-9]+}/delete")
    String delete(StaffUser me, @PathVariable long id, HttpServletRequest req, HttpServletResponse res, Model model) {
        me.require(Permission.UPLOAD_MEDIA);
        Image image = find(id);
        if (!usage.articlesUsing(id).isEmpty() || !usage.authorsUsing(id).isEmpty()) {
            res.setStatus(HttpServletResponse.SC_CONFLICT);
            return image(me, image, Form.values(text(image)), "", "It is still in use, so it was not deleted.", req, model);
        }
        library.delete(id);
        return "redirect:/admin/media?done=deleted";
    }

    private String grid(StaffUser me, String q, boolean missingAlt, int page, String notice, List<String> errors,
                        HttpServletRequest req, Model model) {
        MediaLibrary.ImagePage found = library.search(q, missingAlt, page, MediaViews.PAGE_SIZE);
        long lacking = library.search("", true, 1, 1).total();
        model.addAttribute("page", new MediaPages.GridPage(chromes.of(me, req), q, missingAlt,
                found.items().stream().map(views::card).toList(), MediaViews.summary(found.total(), q, missingAlt),
                lacking, MediaViews.gridHref("", true, 1),
                found.page(), found.pages(),
                found.page() > 1 ? MediaViews.gridHref(q, missingAlt, Math.min(found.page() - 1, found.pages())) : null,
                found.page() < found.pages() ? MediaViews.gridHref(q, missingAlt, found.page() + 1) : null,
                me.can(Permission.UPLOAD_MEDIA) ? views.upload() : null, notice, errors));
        return "admin/media";
    }

    private String image(StaffUser me, Image image, Form form, String notice, String error, HttpServletRequest req,
                         Model model) {
        List<MediaPages.Use> articles = usage.articlesUsing(image.id()).stream().map(views::use).toList();
        List<MediaPages.Use> portraits = usage.authorsUsing(image.id()).stream().map(views::portrait).toList();
        model.addAttribute("page", new MediaPages.ImagePage(chromes.of(me, req), image.id(),
                image.filename().isBlank() ? "Image " + image.id() : image.filename(), views.displayUrl(image),
                image.alt(), image.width(), image.height(), views.facts(image), views.sizes(image), form,
                me.can(Permission.UPLOAD_MEDIA), notice, error, articles, portraits, MediaViews.keptBecause(articles, portraits)));
        return "admin/media-image";
    }

    private Image find(long id) {
        return media.find(id).orElseThrow(() -> new NotFoundException("no image " + id));
    }

    private static Map<String, String> text(Image image) {
        return Map.of("alt", image.alt(), "caption", image.caption(), "credit", image.credit());
    }
}
