package org.masthead.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
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
    private final ConcurrentHashMap<String, Object> making = new ConcurrentHashMap<>();
    /**
     * Image rows never change once written (an edit of alt text or caption is an article's, not the image's),
     * so each node may keep the ones it has read without invalidation; every picture on every page needs one.
     */
    private final Cache<Long, Image> rows = Caffeine.newBuilder().maximumSize(20_000).build();

    MediaService(MediaRepository repo, ImageStorage storage, MediaProperties props, Clock clock) {
        this.repo = repo;
        this.storage = storage;
        this.props = props;
        this.clock = clock;
    }

    /** An image's bytes ready to serve. */
    public record Served(byte[] bytes, String contentType) { }

    public Image upload(byte[] bytes, String filename, String alt, String caption, String credit) {
        if (bytes.length > props.maxUpload().toBytes()) {
            throw new InvalidInputException("file", "larger than " + props.maxUpload().toMegabytes() + " MB");
        }
        ImageCodec.Decoded decoded = ImageCodec.decode(bytes, props.maxPixels());
        String format = ImageCodec.storedFormat(decoded);
        byte[] clean = format.equals("gif") ? bytes : ImageCodec.encode(decoded.image(), format);
        String key = "originals/" + UUID.randomUUID() + "." + ext(format);
        storage.put(key, clean);
        long id = repo.insert(key, limit(filename, 255), format, decoded.image().getWidth(), decoded.image().getHeight(),
                clean.length, sha256(clean), limit(alt, 300), limit(caption, 500), limit(credit, 200), clock.instant());
        return repo.find(id).orElseThrow();
    }

    public Optional<Image> find(long id) {
        Image known = rows.getIfPresent(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Image> found = repo.find(id);
        found.ifPresent(i -> rows.put(id, i));
        return found;
    }

    /** The images of those {@code ids} that exist, by id, in at most one query. */
    public Map<Long, Image> find(Collection<Long> ids) {
        Map<Long, Image> out = new HashMap<>(rows.getAllPresent(ids));
        List<Long> missing = ids.stream().filter(id -> !out.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            repo.find(missing).forEach(i -> {
                rows.put(i.id(), i);
                out.put(i.id(), i);
            });
        }
        return out;
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
        Image image = repo.find(id).orElseThrow(() -> new NotFoundException("no image " + id));
        if (!widths(image).contains(width) || !ext(variantFormat(image)).equals(ext)) {
            throw new NotFoundException("no such size");
        }
        String format = variantFormat(image);
        String key = "variants/" + id + "/" + width + "." + ext;
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
