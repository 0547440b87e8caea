/**
 * Shared plumbing every module may use: time, signing keys, the change feed, jte rendering,
 * HTML sanitizing, web errors and the security filter chains.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.masthead.platform;
