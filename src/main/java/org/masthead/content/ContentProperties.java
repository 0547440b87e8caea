package org.masthead.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param previewLinkLifetime how long a signed preview link opens (MASTHEAD_CONTENT_PREVIEW_LINK_LIFETIME)
 */
@ConfigurationProperties("masthead.content")
public record ContentProperties(@DefaultValue("7d") Duration previewLinkLifetime) {
}
