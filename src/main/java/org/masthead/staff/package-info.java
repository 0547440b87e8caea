/**
 * Staff accounts: the owner, roles, the first-start setup token and Admin API keys.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.masthead.staff;
