package org.masthead.paywall;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.ReaderSignInListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * One meter follows the reader: when an anonymous reader signs up or in, the articles their browser read this month
 * join their account's meter (a union: an article read on both counts once, and nothing is reset by signing up),
 * and the browser's meter cookie is cleared. A union past the limit keeps everything read; the rule then blocks
 * only articles not in it. Told by the members module after every sign-in and sign-up, in the same request.
 */
@Component
class MeterMerge implements ReaderSignInListener {

    private final AnonymousMeter anonymous;
    private final MeterRepository repo;
    private final MemberMeters members;
    private final MeterMonths months;

    MeterMerge(AnonymousMeter anonymous, MeterRepository repo, MemberMeters members, MeterMonths months) {
        this.anonymous = anonymous;
        this.repo = repo;
        this.members = members;
        this.months = months;
    }

    @Override
    public void signedIn(long memberId, HttpServletRequest request, HttpServletResponse response) {
        if (!anonymous.present(request)) {
            return;
        }
        int month = months.now();
        Set<Long> read = anonymous.read(request, month);
        for (long articleId : read) {
            repo.add(memberId, month, articleId, months.instant());
        }
        members.forget(memberId);
        anonymous.clear(response);
    }
}
