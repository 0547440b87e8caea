/**
 * Staff accounts: the owner, roles and the one permission policy ({@link org.masthead.staff.RolePolicy}), sign-in
 * with a second factor, throttling, invitations, password resets, the first-start setup token and Admin API keys.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "mail"})
package org.masthead.staff;
