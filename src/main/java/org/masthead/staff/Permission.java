package org.masthead.staff;

/** What a staff member may do; which roles hold which is {@link RolePolicy}'s decision alone. */
public enum Permission {
    /** Open the staff screens and see the dashboard. */
    VIEW_DASHBOARD,
    /** Create articles and edit one's own drafts. */
    WRITE_DRAFTS,
    /** Send one's own draft to the editors. */
    SUBMIT_FOR_REVIEW,
    /** Publish, schedule and unpublish one's own articles. */
    PUBLISH_OWN,
    /** Edit anyone's articles, whatever their state. */
    EDIT_ANY,
    /** Publish, schedule and unpublish anyone's articles. */
    PUBLISH_ANY,
    DELETE_ARTICLES,
    UPLOAD_MEDIA,
    /** Sections, tags, authors and desks. */
    MANAGE_TAXONOMY,
    MODERATE_COMMENTS,
    /** Invite staff, change roles, deactivate accounts. */
    MANAGE_USERS,
    MANAGE_SETTINGS,
    MANAGE_API_KEYS,
    MANAGE_WEBHOOKS,
    /** Read the outgoing mail kept or sent by the mail module. */
    VIEW_OUTBOX,
    /** Subscription plans, their offers, and subscriptions granted by hand (comps). */
    MANAGE_PLANS,
    /** Readers' accounts: consent wordings and the consent ledger export. */
    MANAGE_MEMBERS,
    /** Write, preview and send newsletter issues; follow sends and their reports. */
    SEND_NEWSLETTERS,
    /** Newsletters themselves (create, change, archive) and suppressed addresses. */
    MANAGE_NEWSLETTERS,
    TRANSFER_OWNERSHIP
}
