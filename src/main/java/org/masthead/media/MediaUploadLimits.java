package org.masthead.media;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The multipart limits follow {@code masthead.media.max-upload}, the one setting for upload size: a file
 * over it is refused while the request is read (413 as a problem detail, see ApiProblems). A request may
 * carry up to {@link MediaProperties#FILES_PER_REQUEST} such files (the library's plain upload form takes several at once),
 * plus a little room for the text fields beside them.
 */
@Configuration(proxyBeanMethods = false)
class MediaUploadLimits {

    static final DataSize FIELDS_ROOM = DataSize.ofKilobytes(64);

    @Bean
    MultipartConfigElement multipartConfigElement(MediaProperties props) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(props.maxUpload());
        long request = props.maxUpload().toBytes() * MediaProperties.FILES_PER_REQUEST + FIELDS_ROOM.toBytes();
        factory.setMaxRequestSize(DataSize.ofBytes(request));
        return factory.createMultipartConfig();
    }
}
