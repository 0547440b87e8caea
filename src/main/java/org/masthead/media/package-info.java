/**
 * The media library: image uploads (type checked by content), metadata stripped, responsive variants made
 * once and kept, behind a small {@link org.masthead.media.ImageStorage} interface; search, editable alt text,
 * caption and credit, and deletion ({@link org.masthead.media.MediaLibrary}). Knows nothing of articles.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.masthead.media;
