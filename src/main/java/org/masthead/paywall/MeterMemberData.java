package org.masthead.paywall;

import org.masthead.members.MemberDataExport;
import org.masthead.members.MemberDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the meter holds of a member is theirs: the articles counted this month and last, in their data download
 * (section {@value #SECTION}), and gone with their account.
 */
@Component
class MeterMemberData implements MemberDataExport {

    static final String SECTION = "meter";

    /** One month of the download: {@code month} as {@code 2026-11}, the articles counted and when. */
    record MonthJson(String month, List<ReadJson> articles) { }

    record ReadJson(long articleId, String countedAt) { }

    private final MeterRepository repo;
    private final MemberMeters meters;

    MeterMemberData(MeterRepository repo, MemberMeters meters) {
        this.repo = repo;
        this.meters = meters;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public Object export(long memberId) {
        Map<Integer, List<ReadJson>> months = new LinkedHashMap<>();
        for (MeterRepository.Read r : repo.all(memberId)) {
            months.computeIfAbsent(r.month(), m -> new ArrayList<>())
                    .add(new ReadJson(r.articleId(), r.at().toString()));
        }
        return months.entrySet().stream().map(e -> new MonthJson(
                String.format("%d-%02d", e.getKey() / 100, e.getKey() % 100), e.getValue())).toList();
    }

    /** Inside the deleting transaction, as the members module asks. */
    @EventListener
    void on(MemberDeleted deleted) {
        repo.deleteMember(deleted.memberId());
        meters.forget(deleted.memberId());
    }
}
