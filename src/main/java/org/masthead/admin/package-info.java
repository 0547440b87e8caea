/**
 * The newsroom's screens that combine several modules: the dashboard, and later the editor, the media
 * library and settings. Screens that edit one module's data live in that module. Nothing depends on this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "content", "media", "mail", "stats", "members"})
package org.masthead.admin;
