package org.masthead.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose successful answer is the same for every anonymous reader: it is sent with
 * {@code Cache-Control: public} (browser and CDN lifetimes from configuration), and the page cache may keep
 * it. Opt-in on purpose: a page that shows anything personal simply lacks the annotation and is never shared.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicPage {
}
