package org.masthead.media;

import java.util.Optional;

/** Where image bytes live: the local disk now, an S3-compatible store later. Keys are relative paths. */
public interface ImageStorage {

    void put(String key, byte[] bytes);

    Optional<byte[]> get(String key);

    /** Removes the object at {@code key} and, when it is a folder ({@code variants/7}), everything under it. */
    void delete(String key);
}
