package org.masthead.media;

import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploads and serving of images. An upload is checked by content, decoded (refusing decompression bombs),
 * and stored as a freshly written file without metadata. Each responsive width is made on first request,
 * stored, and served from storage ever after.
 */
@Service
public class MediaService {

    private final MediaRepository repo;
    private final ImageStorage storage;
    private final MediaProperties props;
    private final Clock clock;
    private final ImageRows rows;
    private final ConcurrentHashMap<String, Object> making = new ConcurrentHashMap<>();

    MediaService(MediaRepository repo, ImageStorage storage, MediaProperties props, Clock clock, ImageRows rows) {
        this.repo = repo;
        this.storage = storage;
        this.props = props;
        this.clock = clock;
        this.rows = rows;
    }

    /** An image's bytes ready to serve. */
    public record Served(byte[] bytes, String contentType) { }

    public Image upload(byte[] bytes, String filename, String alt, String caption, String credit) {
        if (bytes.length > props.maxUpload().toBytes()) {
            throw new InvalidInputException("file", "larger than " + props.maxUpload().toMegabytes() + " MB");
        }
        ImageText text = new ImageText(alt, caption, credit).checked(filename);
        ImageCodec.Decoded decoded = ImageCodec.decode(bytes, props.maxPixels());
        String format = ImageCodec.storedFormat(decoded);
        byte[] clean = format.equals("gif") ? bytes : ImageCodec.encode(decoded.image(), format);
        String key = "originals/" + UUID.randomUUID() + "." + ext(format);
        storage.put(key, clean);
        long id = repo.insert(key, limit(filename, 255), format, decoded.image().getWidth(), decoded.image().getHeight(),
                clean.length, sha256(clean), text.alt(), text.caption(), text.credit(), clock.instant());
        return repo.find(id).orElseThrow();
    }

    /** An image row, kept per node until it changes (see {@link ImageRows}). */
    public Optional<Image> find(long id) {
        return rows.find(id);
    }

    /** The images of those {@code ids} that exist, by id, in at most one query. */
    public Map<Long, Image> find(Collection<Long> ids) {
        return rows.find(ids);
    }

    public List<Image> recent(int limit) {
        return repo.recent(limit);
    }

    /** The widths offered for an image: the configured ones below its own width, and its own width. */
    public List<Integer> widths(Image image) {
        int largest = props.widths().stream().max(Integer::compare).orElse(image.width());
        List<Integer> out = new java.util.ArrayList<>(props.widths().stream().filter(w -> w < image.width()).sorted().toList());
        int top = Math.min(image.width(), largest);
        if (!out.contains(top)) {
            out.add(top);
        }
        return out;
    }

    public String url(Image image, int width) {
        return "/media/" + image.id() + "/" + width + "." + ext(variantFormat(image));
    }

    public String srcset(Image image) {
        return widths(image).stream().map(w -> url(image, w) + " " + w + "w")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** A variant's bytes, made on first request and kept in storage. */
    public Served variant(long id, int width, String ext) {
        Image image = rows.find(id).orElseThrow(() -> new NotFoundException("no image " + id));
        if (!widths(image).contains(width) || !ext(variantFormat(image)).equals(ext)) {
            throw new NotFoundException("no such size");
        }
        String format = variantFormat(image);
        String key = variantFolder(id) + "/" + width + "." + ext;
        Optional<byte[]> stored = storage.get(key);
        if (stored.isPresent()) {
            return new Served(stored.get(), "image/" + format);
        }
        synchronized (making.computeIfAbsent(key, k -> new Object())) {
            byte[] bytes = storage.get(key).orElseGet(() -> make(id, width, format, key));
            making.remove(key);
            return new Served(bytes, "image/" + format);
        }
    }

    private byte[] make(long id, int width, String format, String key) {
        byte[] original = storage.get(repo.storageKey(id).orElseThrow()).orElseThrow(
                () -> new NotFoundException("the original of image " + id + " is missing"));
        ImageCodec.Decoded d = ImageCodec.decode(original, Long.MAX_VALUE);
        byte[] bytes = ImageCodec.encode(d.image().getWidth() <= width ? d.image() : ImageCodec.resize(d.image(), width), format);
        storage.put(key, bytes);
        return bytes;
    }

    /** Where the variants of image {@code id} are stored, all under one folder so a deletion takes them all. */
    static String variantFolder(long id) {
        return "variants/" + id;
    }

    /** Photographs are served as JPEG; images with transparency as PNG; GIFs as PNG stills. */
    private static String variantFormat(Image image) {
        return image.format().equals("jpeg") ? "jpeg" : "png";
    }

    private static String ext(String format) {
        return format.equals("jpeg") ? "jpg" : format;
    }

    private static String limit(String s, int max) {
        String v = s == null ? "" : s.trim();
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
