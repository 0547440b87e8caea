package org.masthead.staff;

import org.masthead.platform.ApiKeyVerifier;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.Tokens;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The owner account, the setup token and API keys. */
@Service
public class StaffService implements ApiKeyVerifier {

    static final int MIN_PASSWORD = 12;
    /** A key's last use is noted at most this often: one write a minute, not one per request. */
    static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    private final StaffRepository repo;
    private final ApiKeyRepository keys;
    private final Clock clock;
    private final PasswordEncoder passwords;

    StaffService(StaffRepository repo, ApiKeyRepository keys, Clock clock, PasswordEncoder passwords) {
        this.repo = repo;
        this.keys = keys;
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

    /** Creates an Admin API key in the owner's name (the command line) and returns it once, in plain text. */
    @Transactional
    public String createApiKey(String name) {
        return createApiKey(name, repo.ownerId().orElse(null));
    }

    /** Creates an Admin API key made by {@code createdBy} and returns it once, in plain text; only its hash is kept. */
    @Transactional
    public String createApiKey(String name, Long createdBy) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidInputException("name", "name the key after the script that uses it, in at most 120 characters");
        }
        String prefix = Tokens.random(8);
        String key = "mh_" + prefix + "_" + Tokens.random(40);
        keys.insert(name.strip(), prefix, Tokens.sha256(key), createdBy, clock.instant());
        return key;
    }

    /** Every key ever made, live ones first. */
    public List<ApiKey> apiKeys() {
        return keys.all();
    }

    /** The key stops working at once, on every node (each request looks it up). */
    @Transactional
    public void revokeApiKey(long id) {
        if (!keys.revoke(id, clock.instant())) {
            throw new NotFoundException("no live API key " + id);
        }
    }

    /** The holder's name for a live key, noting its use (at most once a minute, by a guarded update). */
    @Override
    public Optional<String> verify(String token) {
        if (token == null || !token.startsWith("mh_") || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiKeyRepository.Live> live = keys.live(Tokens.sha256(token));
        live.ifPresent(k -> {
            Instant now = clock.instant();
            if (k.lastUsedAt() == null || k.lastUsedAt().isBefore(now.minus(USE_NOTED_EVERY))) {
                keys.used(k.id(), now, now.minus(USE_NOTED_EVERY));
            }
        });
        return live.map(ApiKeyRepository.Live::name);
    }
}
