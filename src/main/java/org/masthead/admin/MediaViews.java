package org.masthead.admin;

import org.masthead.content.ArticleStatus;
import org.masthead.content.MediaUsage;
import org.masthead.media.Image;
import org.masthead.media.MediaProperties;
import org.masthead.media.MediaService;
import org.masthead.platform.PublicationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns library images and their uses into the media screens' view records and the picker's JSON. */
@Component
class MediaViews {

    /** Images per page, in the grid and in the picker. */
    static final int PAGE_SIZE = 24;
    static final String ACCEPT = "image/jpeg,image/png,image/gif,image/webp";

    private final MediaService media;
    private final MediaProperties props;
    private final DateTimeFormatter when;

    MediaViews(MediaService media, MediaProperties props, PublicationProperties publication) {
        this.media = media;
        this.props = props;
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH).withZone(publication.timeZone());
    }

    MediaPages.Card card(Image i) {
        return new MediaPages.Card(i.id(), href(i.id()), media.url(i, media.widths(i).get(0)), media.srcset(i), i.alt(),
                i.caption().isBlank() ? i.filename() : i.caption(), i.width() + " × " + i.height() + " · " + format(i),
                i.missingAlt());
    }

    MediaPages.Item item(Image i) {
        List<Integer> widths = media.widths(i);
        int largest = widths.get(widths.size() - 1);
        return new MediaPages.Item(i.id(), media.url(i, display(widths)), media.url(i, largest), largest,
                height(i, largest), i.alt(), i.caption(), i.credit());
    }

    /** The size shown on the image's own page and inserted by the picker: 640 wide, or the largest below. */
    String displayUrl(Image i) {
        return media.url(i, display(media.widths(i)));
    }

    List<MediaPages.Fact> facts(Image i) {
        return List.of(new MediaPages.Fact("File name", i.filename().isBlank() ? "(none given)" : i.filename()),
                new MediaPages.Fact("Format", format(i)),
                new MediaPages.Fact("Original size", i.width() + " × " + i.height() + " pixels"),
                new MediaPages.Fact("Stored", bytes(i.byteSize()) + ", without metadata (camera, location)"),
                new MediaPages.Fact("Uploaded", time(i.uploadedAt())));
    }

    List<MediaPages.Size> sizes(Image i) {
        return media.widths(i).stream().map(w -> new MediaPages.Size(w + " × " + height(i, w), media.url(i, w))).toList();
    }

    MediaPages.Use use(MediaUsage.ArticleUse a) {
        String where = a.places().stream().sorted().map(p -> switch (p) {
            case LEAD -> "lead image";
            case SOCIAL -> "social image";
            case BODY -> "in the body";
        }).collect(Collectors.joining(", "));
        String status = a.status().name().toLowerCase(Locale.ROOT);
        String tone = a.status() == ArticleStatus.PUBLISHED ? "ok" : a.status() == ArticleStatus.SCHEDULED ? "warn" : "";
        return new MediaPages.Use("/admin/articles/" + a.articleId(), a.headline(),
                Character.toUpperCase(where.charAt(0)) + where.substring(1), status, tone);
    }

    MediaPages.Use portrait(MediaUsage.AuthorUse a) {
        return new MediaPages.Use("/author/" + a.slug(), a.name(), "Portrait on the author's page and bylines", "author", "");
    }

    MediaPages.Upload upload() {
        return new MediaPages.Upload(uploadLimit(), props.maxUpload().toBytes(), ACCEPT);
    }

    String uploadLimit() {
        return bytes(props.maxUpload().toBytes());
    }

    /** "12 images match “harbour” and lack alt text". */
    static String summary(long total, String query, boolean missingAltOnly) {
        String s = total == 1 ? "1 image" : total + " images";
        s += query.isEmpty() ? "" : (total == 1 ? " matches" : " match") + " “" + query + "”";
        return s + (!missingAltOnly ? "" : (query.isEmpty() ? "" : " and") + (total == 1 ? " lacks" : " lack") + " alt text");
    }

    /** Why an image may not be deleted, or empty when nothing uses it. */
    static String keptBecause(List<MediaPages.Use> articles, List<MediaPages.Use> portraits) {
        if (articles.isEmpty() && portraits.isEmpty()) {
            return "";
        }
        String users = String.join(" and ", Stream.of(
                count(articles.size(), "article", "articles"), count(portraits.size(), "author’s portrait", "authors’ portraits"))
                .filter(s -> !s.isEmpty()).toList());
        return "This image is used by " + users + " (listed under “Where it is used”), which would be left with a "
                + "broken picture. Take it out of them first; then it can be deleted.";
    }

    private static String count(int n, String one, String many) {
        return n == 0 ? "" : n == 1 ? "1 " + one : n + " " + many;
    }

    static String href(long id) {
        return "/admin/media/" + id;
    }

    /** The grid's address for a search and page; empty parameters are left out. */
    static String gridHref(String query, boolean missingAltOnly, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/media");
        if (!query.isBlank()) {
            b.queryParam("q", query);
        }
        if (missingAltOnly) {
            b.queryParam("missing", "alt");
        }
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    static String bytes(long n) {
        if (n >= 1024 * 1024) {
            double mb = n / (1024.0 * 1024.0);
            return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        return n >= 1024 ? Math.round(n / 1024.0) + " KB" : n + " bytes";
    }

    private String time(Instant at) {
        return at == null ? "" : when.format(at);
    }

    private static int display(List<Integer> widths) {
        return widths.stream().filter(w -> w >= 640).findFirst().orElse(widths.get(widths.size() - 1));
    }

    private static int height(Image i, int width) {
        return Math.round((float) i.height() * width / i.width());
    }

    private static String format(Image i) {
        return i.format().toUpperCase(Locale.ROOT);
    }
}
