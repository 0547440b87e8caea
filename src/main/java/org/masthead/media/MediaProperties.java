package org.masthead.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * @param maxUpload largest accepted upload (also set spring.servlet.multipart.max-file-size to match)
 * @param widths    the responsive widths offered in srcset
 */
@ConfigurationProperties("masthead.media")
public record MediaProperties(
        @DefaultValue("20MB") DataSize maxUpload,
        @DefaultValue("40000000") long maxPixels,
        @DefaultValue({"320", "640", "960", "1280", "1920"}) List<Integer> widths) {

    /** How many files of {@code maxUpload} one request may carry (the library's form takes several). */
    public static final int FILES_PER_REQUEST = 10;
}
