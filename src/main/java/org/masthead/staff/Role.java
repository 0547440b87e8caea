package org.masthead.staff;

/** Staff roles, from least to most trusted. Permissions per role arrive with the newsroom. */
public enum Role {
    CONTRIBUTOR, AUTHOR, MODERATOR, EDITOR, ADMIN, OWNER
}
