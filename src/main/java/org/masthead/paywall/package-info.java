/**
 * Who may read what, and what readers pay: subscription plans and their offers (edited on /admin/plans),
 * Stripe Checkout and the customer portal, Stripe's webhooks driving each subscription's state, subscriptions
 * granted by hand (comps), and {@link org.masthead.paywall.Entitlements}, which answers "is this member a
 * subscriber?" from each node's memory. Members are known by id; their subscriptions join their data download
 * and end with their account. The meters and the access decision follow in this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "members"})
package org.masthead.paywall;
