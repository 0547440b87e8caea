/**
 * The newsroom's screens that combine several modules: the dashboard, the articles (list, editor, history,
 * the workflow policy), the media library, and later settings. Screens that edit one module's data live in
 * that module. Nothing depends on this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "content", "media", "mail", "stats", "webhooks", "members"})
package org.masthead.admin;
