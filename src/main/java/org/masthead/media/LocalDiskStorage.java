package org.masthead.media;

import org.masthead.platform.PlatformProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Files under {@code <data dir>/media}; written to a temporary name and moved, so a reader never sees half a file. */
@Component
class LocalDiskStorage implements ImageStorage {

    private final Path root;

    LocalDiskStorage(PlatformProperties props) {
        this.root = props.dataDir().resolve("media").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        Path target = resolve(key);
        if (target.equals(root)) {
            throw new IllegalArgumentException("refusing to delete the whole media folder");
        }
        try (Stream<Path> tree = Files.exists(target) ? Files.walk(target) : Stream.empty()) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) { // children before their folder
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("storage key escapes the media folder: " + key);
        }
        return p;
    }
}
