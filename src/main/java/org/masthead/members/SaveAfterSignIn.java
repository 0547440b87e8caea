package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.SigningKeys;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * An anonymous reader who presses Save is sent to sign in with the story remembered in a signed cookie (path
 * {@code /account}, an hour); once they are signed in, by whatever means, the story is saved. A story withdrawn
 * meanwhile is skipped.
 */
@Component
class SaveAfterSignIn implements ReaderSignInListener {

    static final String PURPOSE = "reader-save";
    static final Duration LIFETIME = Duration.ofHours(1);

    private final SavedStories saved;
    private final SigningKeys keys;
    private final ReaderCookies cookies;

    SaveAfterSignIn(SavedStories saved, SigningKeys keys, ReaderCookies cookies) {
        this.saved = saved;
        this.keys = keys;
        this.cookies = cookies;
    }

    void remember(long articleId, HttpServletResponse res) {
        cookies.set(res, ReaderCookies.SAVE, keys.sign(PURPOSE, String.valueOf(articleId)), ReaderCookies.ACCOUNT_PATH, LIFETIME);
    }

    @Override
    public void signedIn(long memberId, HttpServletRequest request, HttpServletResponse response) {
        ReaderCookies.read(request, ReaderCookies.SAVE).flatMap(v -> keys.verify(PURPOSE, v))
                .filter(id -> id.matches("[0-9]{1,18}")).map(Long::parseLong).ifPresent(articleId -> {
                    cookies.clear(response, ReaderCookies.SAVE, ReaderCookies.ACCOUNT_PATH);
                    try {
                        saved.save(memberId, articleId);
                    } catch (NotFoundException withdrawn) {
                        // the story went away while the reader signed in; nothing to save
                    }
                });
    }
}
