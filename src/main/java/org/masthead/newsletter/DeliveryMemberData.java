package org.masthead.newsletter;

import org.masthead.members.MemberDataExport;
import org.masthead.members.MemberDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

import static org.masthead.platform.JdbcTimes.instant;

/**
 * A member's send history: in their data download (section {@value #SECTION}: each issue, its list, when it went
 * and what became of it), and their addresses forgotten with their account. The delivery rows stay, holding no
 * address and no server reply (which may quote it), so every send's totals still add up.
 */
@Component
class DeliveryMemberData implements MemberDataExport {

    static final String SECTION = "newsletterDeliveries";

    /** One delivery as the reader downloads it; {@code sentAt} ISO 8601, absent unless sent. */
    record DeliveryJson(String issue, String list, String outcome, String sentAt, String address) { }

    private final JdbcClient db;

    DeliveryMemberData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<DeliveryJson> export(long memberId) {
        return db.sql("""
                SELECT i.subject, l.name, d.outcome, d.sent_at, d.address FROM newsletter_delivery d
                JOIN newsletter_send s ON s.id = d.send_id JOIN newsletter_issue i ON i.id = s.issue_id
                JOIN newsletter_list l ON l.id = s.list_id
                WHERE d.member_id = :member ORDER BY d.id DESC
                """).param("member", memberId).query((rs, n) -> {
                    var sentAt = instant(rs, "sent_at");
                    return new DeliveryJson(rs.getString("subject"), rs.getString("name"),
                            rs.getString("outcome").toLowerCase(Locale.ROOT), sentAt == null ? null : sentAt.toString(),
                            rs.getString("address"));
                }).list();
    }

    /** Inside the deleting transaction, as the members module asks. */
    @EventListener
    void on(MemberDeleted deleted) {
        db.sql("UPDATE newsletter_delivery SET address = NULL, detail = NULL WHERE member_id = :member")
                .param("member", deleted.memberId()).update();
    }
}
