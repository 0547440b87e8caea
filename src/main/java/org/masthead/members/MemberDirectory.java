package org.masthead.members;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;

/**
 * Members as other modules address them in bulk: the addresses of many members at once (a newsletter send
 * holds ids, never a copy of every address), and the member behind an address a reader has just proved
 * without signing in (a confirmed newsletter sign-up makes a member without a password).
 */
@Service
public class MemberDirectory {

    /** At most this many ids per {@link #emails} call: one query, one page of a send. */
    public static final int MAX_IDS = 1000;

    private final MemberRepository members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberDirectory(MemberRepository members, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** The current address of each of these members that still exists (deleted ones are absent). */
    @Transactional(readOnly = true)
    public Map<Long, String> emails(Collection<Long> memberIds) {
        if (memberIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids at a time");
        }
        return memberIds.isEmpty() ? Map.of() : members.emails(memberIds);
    }

    /**
     * The member holding {@code email}, created without a password (and {@link MemberSignedUp} published) when
     * none does. Call it only for an address its owner has just proved, e.g. by following a link sent to it.
     */
    @Transactional
    public Member verifiedMember(String email) {
        String address = Emails.valid(email, "email");
        return members.byEmail(address).map(MemberRepository.Row::member).orElseGet(() -> {
            long id;
            try {
                id = members.insert(address, "", null, clock.instant());
            } catch (DuplicateKeyException raced) { // the same reader proved it twice at once
                return members.byEmail(address).orElseThrow().member();
            }
            events.publishEvent(new MemberSignedUp(id));
            return members.byId(id).orElseThrow().member();
        });
    }
}
