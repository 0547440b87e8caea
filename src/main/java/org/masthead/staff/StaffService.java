package org.masthead.staff;

import org.masthead.platform.ApiKeyVerifier;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.Tokens;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The owner account, the setup token and API keys. */
@Service
public class StaffService implements ApiKeyVerifier {

    static final int MIN_PASSWORD = 12;

    private final StaffRepository repo;
    private final Clock clock;
    private final PasswordEncoder passwords;

    StaffService(StaffRepository repo, Clock clock, PasswordEncoder passwords) {
        this.repo = repo;
        this.clock = clock;
        this.passwords = passwords;
    }

    public Optional<StaffUser> user(long id) {
        return repo.user(id);
    }

    /** Everyone on the staff, active first. */
    public List<StaffUser> users() {
        return repo.users();
    }

    public boolean ownerExists() {
        return repo.ownerExists();
    }

    /** Creates the one owner. Fails with a field error when the input is bad or an owner exists already. */
    @Transactional
    public long createOwner(String email, String name, String password) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new InvalidInputException.FieldError("email", "enter a valid e-mail address"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new InvalidInputException.FieldError("name", "enter a name"));
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(new InvalidInputException.FieldError("password",
                    "use at least " + MIN_PASSWORD + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (repo.ownerExists()) {
            throw new InvalidInputException("email", "this Masthead already has an owner");
        }
        return repo.insertUser(normalized, name.trim(), passwords.encode(password), Role.OWNER, clock.instant());
    }

    /** Creates a fresh one-time setup token (replacing any earlier one) and returns it in plain text. */
    @Transactional
    public String newSetupToken() {
        String token = Tokens.random(32);
        repo.saveSetupToken(Tokens.sha256(token), clock.instant());
        return token;
    }

    public boolean setupTokenValid(String token) {
        return token != null && !repo.ownerExists() && repo.setupTokenValid(Tokens.sha256(token));
    }

    /** Spends the token and creates the owner in one transaction: either both happen or neither. */
    @Transactional
    public long createOwnerWithToken(String token, String email, String name, String password) {
        if (token == null || !repo.useSetupToken(Tokens.sha256(token), clock.instant())) {
            throw new InvalidInputException("token", "this setup link has been used or is not valid");
        }
        return createOwner(email, name, password);
    }

    /** Creates an Admin API key and returns it once, in plain text; only its hash is kept. */
    @Transactional
    public String createApiKey(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "name the key after the script that uses it");
        }
        String prefix = Tokens.random(8);
        String key = "mh_" + prefix + "_" + Tokens.random(40);
        repo.insertApiKey(name.trim(), prefix, Tokens.sha256(key), repo.ownerId().orElse(null), clock.instant());
        return key;
    }

    @Override
    public Optional<String> verify(String token) {
        if (token == null || !token.startsWith("mh_") || token.length() > 100) {
            return Optional.empty();
        }
        return repo.liveApiKeyName(Tokens.sha256(token));
    }
}
