package org.masthead.staff;

/** The e-mails staff accounts send; written into the mail module's outbox inside the caller's transaction. */
interface StaffMail {

    void signInCode(StaffUser user, String code);

    void invite(String email, String inviter, Role role, String link);

    void passwordReset(StaffUser user, String link);

    void passwordChanged(StaffUser user);
}
