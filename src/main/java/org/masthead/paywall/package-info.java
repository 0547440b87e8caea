/**
 * Who may read what, and what readers pay: subscription plans and their offers (edited on /admin/plans),
 * Stripe Checkout and the customer portal, Stripe's webhooks driving each subscription's state, subscriptions
 * granted by hand (comps), and {@link org.masthead.paywall.Entitlements}, which answers "is this member a
 * subscriber?" from each node's memory. Members are known by id; their subscriptions and meters join their data
 * download and end with their account. The meters (anonymous in a signed cookie, members' in the database with a
 * copy per node) and the one access decision, {@code AccessRule}, applied on article pages by
 * {@link org.masthead.paywall.ArticleAccess}. Reads {@code content} only for the articles' access levels.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "content", "members"})
package org.masthead.paywall;
