package org.masthead.staff;

import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.Publication;
import org.masthead.platform.Tokens;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff accounts after the first: invitations, roles, deactivation, ownership, passwords and resets. Every
 * rule about who may do it comes from {@link RolePolicy}; every link sent is single use and expires.
 */
@Service
class StaffAccounts {

    static final Duration INVITE_LIFETIME = Duration.ofDays(7);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);

    private final StaffRepository users;
    private final InviteRepository invites;
    private final StaffMail mail;
    private final PasswordEncoder passwords;
    private final Publication publication;
    private final Clock clock;

    StaffAccounts(StaffRepository users, InviteRepository invites, StaffMail mail, PasswordEncoder passwords,
                  Publication publication, Clock clock) {
        this.users = users;
        this.invites = invites;
        this.mail = mail;
        this.passwords = passwords;
        this.publication = publication;
        this.clock = clock;
    }

    @Transactional
    void invite(StaffUser actor, String email, Role role) {
        String address = email(email);
        if (role == null || !RolePolicy.mayAssign(actor.role(), Role.CONTRIBUTOR, role)) {
            throw new InvalidInputException("role", "you cannot invite someone as " + (role == null ? "that" : role.name().toLowerCase(Locale.ROOT)));
        }
        if (users.userByEmail(address).isPresent()) {
            throw new InvalidInputException("email", "someone with this address is already on the staff");
        }
        Instant now = clock.instant();
        invites.revokeOpenInvites(address, now);
        String token = Tokens.random(40);
        invites.insertInvite(address, role, Tokens.sha256(token), actor.id(), now, now.plus(INVITE_LIFETIME));
        mail.invite(address, actor.name(), role, publication.absolute("/admin/invite/" + token));
    }

    Optional<InviteRepository.Invite> invitation(String token) {
        return token == null ? Optional.empty() : invites.liveInvite(Tokens.sha256(token), clock.instant());
    }

    List<InviteRepository.Invite> pendingInvites() {
        return invites.pendingInvites(clock.instant());
    }

    /** Creates the account the invitation promised; the link works once. */
    @Transactional
    StaffUser accept(String token, String name, String password) {
        InviteRepository.Invite invite = invitation(token)
                .orElseThrow(() -> new InvalidInputException("token", "this invitation has been used, withdrawn or has expired"));
        InvalidInputException.Builder errors = InvalidInputException.builder();
        if (name == null || name.isBlank() || name.length() > 120) {
            errors.add("name", "enter your name as it should appear to colleagues");
        }
        passwordRule(password, "password", errors);
        errors.throwIfAny();
        if (!invites.acceptInvite(invite.id(), clock.instant())) {
            throw new InvalidInputException("token", "this invitation has just been used");
        }
        try {
            long id = users.insertUser(invite.email(), name.trim(), passwords.encode(password), invite.role(), clock.instant());
            return users.user(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("email", "someone with this address is already on the staff");
        }
    }

    @Transactional
    void revokeInvite(StaffUser actor, long inviteId) {
        actor.require(Permission.MANAGE_USERS);
        if (!invites.revokeInvite(inviteId, clock.instant())) {
            throw new NotFoundException("no open invitation " + inviteId);
        }
    }

    @Transactional
    void changeRole(StaffUser actor, long userId, Role role) {
        StaffUser target = users.user(userId).orElseThrow(() -> new NotFoundException("no staff member " + userId));
        if (role == null || target.id() == actor.id() || !RolePolicy.mayAssign(actor.role(), target.role(), role)) {
            throw new AccessDeniedException(actor.name() + " may not make " + target.name() + " " + role);
        }
        users.setRole(userId, role);
    }

    @Transactional
    void setActive(StaffUser actor, long userId, boolean active) {
        StaffUser target = users.user(userId).orElseThrow(() -> new NotFoundException("no staff member " + userId));
        if (target.id() == actor.id() || !RolePolicy.mayDeactivate(actor.role(), target.role())) {
            throw new AccessDeniedException(actor.name() + " may not deactivate " + target.name());
        }
        users.setDeactivated(userId, active ? null : clock.instant());
    }

    /** The owner hands over ownership and becomes an admin; confirmed with the owner's password. */
    @Transactional
    void transferOwnership(StaffUser owner, long toUserId, String password) {
        owner.require(Permission.TRANSFER_OWNERSHIP);
        StaffUser target = users.user(toUserId).filter(StaffUser::active)
                .orElseThrow(() -> new NotFoundException("no active staff member " + toUserId));
        if (target.id() == owner.id()) {
            throw new InvalidInputException("to", "choose someone else");
        }
        checkPassword(owner, password, "password");
        users.setRole(owner.id(), Role.ADMIN);
        users.setRole(target.id(), Role.OWNER);
    }

    @Transactional
    void changePassword(StaffUser user, String current, String next) {
        checkPassword(user, current, "current");
        InvalidInputException.Builder errors = InvalidInputException.builder();
        passwordRule(next, "password", errors);
        errors.throwIfAny();
        users.setPassword(user.id(), passwords.encode(next), clock.instant());
        mail.passwordChanged(user);
    }

    /** Sends a reset link if the address belongs to an active account; says nothing either way. */
    @Transactional
    void requestReset(String email) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        users.userByEmail(address).filter(StaffUser::active).ifPresent(u -> {
            String token = Tokens.random(40);
            Instant now = clock.instant();
            invites.insertReset(u.id(), Tokens.sha256(token), now, now.plus(RESET_LIFETIME));
            mail.passwordReset(u, publication.absolute("/admin/reset/" + token));
        });
    }

    boolean resetValid(String token) {
        return token != null && invites.liveReset(Tokens.sha256(token), clock.instant()).isPresent();
    }

    /** Sets a new password from a reset link (once); the caller then ends every session of the person. */
    @Transactional
    StaffUser reset(String token, String password) {
        long userId = invites.liveReset(Tokens.sha256(token == null ? "" : token), clock.instant())
                .orElseThrow(() -> new InvalidInputException("token", "this link has been used or has expired"));
        InvalidInputException.Builder errors = InvalidInputException.builder();
        passwordRule(password, "password", errors);
        errors.throwIfAny();
        if (!invites.useReset(Tokens.sha256(token), clock.instant())) {
            throw new InvalidInputException("token", "this link has just been used");
        }
        users.setPassword(userId, passwords.encode(password), clock.instant());
        StaffUser user = users.user(userId).orElseThrow();
        mail.passwordChanged(user);
        return user;
    }

    @Transactional
    void enableTotp(StaffUser user, String secret) {
        users.setTotp(user.id(), secret, clock.instant());
    }

    @Transactional
    void disableTotp(StaffUser user, String password) {
        if (StaffSecurity.totpRequired(users)) {
            throw new InvalidInputException("password", "the newsroom requires an authenticator app for everyone");
        }
        checkPassword(user, password, "password");
        users.setTotp(user.id(), null, null);
    }

    @Transactional
    void requireTotp(StaffUser actor, boolean required) {
        actor.require(Permission.MANAGE_SETTINGS);
        users.saveSetting(StaffSecurity.REQUIRE_TOTP, String.valueOf(required), clock.instant());
    }

    private void checkPassword(StaffUser user, String given, String field) {
        String hash = users.passwordHash(user.id()).orElseThrow();
        if (given == null || !passwords.matches(given, hash)) {
            throw new InvalidInputException(field, "that is not your current password");
        }
    }

    static String email(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (normalized.length() > 320 || !normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "enter a valid e-mail address");
        }
        return normalized;
    }

    /** At least 12 characters (OWASP ASVS), at most 72 bytes, the most bcrypt reads. */
    static void passwordRule(String password, String field, InvalidInputException.Builder errors) {
        if (password == null || password.codePointCount(0, password.length()) < StaffService.MIN_PASSWORD) {
            errors.add(field, "use at least " + StaffService.MIN_PASSWORD + " characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            errors.add(field, "use at most 72 bytes (about 70 letters)");
        }
    }
}
