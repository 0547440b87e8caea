package org.masthead.staff;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A staff sign-in, step by step: throttle, password, then — on a browser not yet trusted, or whenever TOTP is
 * required — a second factor. The answer to a wrong e-mail and to a wrong password is the same, and takes the
 * same time (an unknown address is checked against a dummy hash).
 */
@Service
class StaffSignIn {

    /** Where a sign-in stands after a step. */
    sealed interface Outcome {
        record Throttled(Duration retryAfter) implements Outcome { }
        record Refused() implements Outcome { }
        record NeedsCode(long userId, Method method, String maskedEmail) implements Outcome { }
        record SignedIn(StaffUser user, boolean trustDevice) implements Outcome { }
    }

    enum Method { TOTP, EMAIL }

    private final StaffRepository users;
    private final SignInThrottle throttle;
    private final TrustedDevices devices;
    private final SecondFactors factors;
    private final StaffMail mail;
    private final PasswordEncoder passwords;
    private final String dummyHash;

    StaffSignIn(StaffRepository users, SignInThrottle throttle, TrustedDevices devices, SecondFactors factors,
                StaffMail mail, PasswordEncoder passwords) {
        this.users = users;
        this.throttle = throttle;
        this.devices = devices;
        this.factors = factors;
        this.mail = mail;
        this.passwords = passwords;
        this.dummyHash = passwords.encode("not a password of anyone's " + System.nanoTime());
    }

    /** The first step. Only the e-mail and password count: nothing else a client sends can skip a step. */
    @Transactional
    Outcome password(String email, String password, String address, String deviceCookie) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = throttle.blocked(address, normalized);
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        var found = users.credentials(normalized);
        boolean matches = passwords.matches(password == null ? "" : password,
                found.map(StaffRepository.Credentials::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || !matches || !found.get().user().active()) {
            throttle.failed(address, normalized);
            return new Outcome.Refused();
        }
        StaffUser user = found.get().user();
        if (user.totpEnabled() && (totpRequired() || !devices.trusted(user.id(), deviceCookie))) {
            return new Outcome.NeedsCode(user.id(), Method.TOTP, mask(user.email()));
        }
        if (devices.trusted(user.id(), deviceCookie)) {
            return new Outcome.SignedIn(user, false);
        }
        mail.signInCode(user, factors.newEmailCode(user.id()));
        return new Outcome.NeedsCode(user.id(), Method.EMAIL, mask(user.email()));
    }

    /** The second step, for the person whose password was right a moment ago in this session. */
    @Transactional
    Outcome code(long userId, Method method, String code, String address) {
        StaffUser user = users.user(userId).filter(StaffUser::active).orElse(null);
        if (user == null) {
            return new Outcome.Refused();
        }
        Optional<Duration> wait = throttle.blocked(address, user.email());
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        if (method == Method.TOTP) {
            if (factors.totpCode(userId, code)) {
                return new Outcome.SignedIn(user, true);
            }
            throttle.failed(address, user.email());
            return new Outcome.NeedsCode(userId, method, mask(user.email()));
        }
        SecondFactors.Check check = factors.emailCode(userId, code);
        if (check == SecondFactors.Check.RIGHT) {
            return new Outcome.SignedIn(user, true);
        }
        return check == SecondFactors.Check.WRONG ? new Outcome.NeedsCode(userId, method, mask(user.email()))
                : new Outcome.Refused();
    }

    /** Sends a fresh e-mail code to the person part-way through signing in. */
    @Transactional
    void resendCode(long userId) {
        users.user(userId).filter(StaffUser::active).ifPresent(u -> mail.signInCode(u, factors.newEmailCode(u.id())));
    }

    boolean totpRequired() {
        return StaffSecurity.totpRequired(users);
    }

    /** {@code e•••@example.org}: enough to recognise, not enough to harvest. */
    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "your address" : email.charAt(0) + "•••" + email.substring(at);
    }
}
