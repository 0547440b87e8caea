/**
 * Bringing content in: the demo newsroom now; WordPress, Disqus and members imports later. Feeds the owning
 * modules through their public services only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "content", "media", "mail", "newsletter"})
package org.masthead.importer;
