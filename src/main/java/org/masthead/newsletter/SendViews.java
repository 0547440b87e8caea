package org.masthead.newsletter;

import org.masthead.newsletter.SendPages.Progress;
import org.masthead.newsletter.SendReportRepository.Listed;
import org.masthead.platform.Publication;
import org.masthead.staff.StaffService;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builds the send screens' records: totals, rate and time left, times in the paper's zone. */
@Component
class SendViews {

    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final SendReportRepository reports;
    private final DeliveryRepository deliveries;
    private final StaffService staff;
    private final Publication publication;
    private final Clock clock;

    SendViews(SendReportRepository reports, DeliveryRepository deliveries, StaffService staff, Publication publication,
              Clock clock) {
        this.reports = reports;
        this.deliveries = deliveries;
        this.staff = staff;
        this.publication = publication;
        this.clock = clock;
    }

    List<SendPages.Row> rows(List<Listed> sends) {
        return sends.stream().map(l -> {
            Send s = l.send();
            Totals t = totals(s);
            return new SendPages.Row(s.id(), l.subject(), l.listName(), state(s), stateClass(s), candidates(s, t),
                    number(t.sent()), number(t.failed()), number(t.excluded()), when(s.startedAt()),
                    s.finishedAt() == null ? "" : duration(Duration.between(s.startedAt(), s.finishedAt())));
        }).toList();
    }

    Progress progress(Send s) {
        Totals t = totals(s);
        int finished = t.sent() + t.failed() + t.excluded();
        int percent = t.candidates() == 0 ? (s.running() ? 0 : 100) : finished * 100 / t.candidates();
        double rate = rate(s, t);
        String eta = eta(s, t, rate);
        String invariant = candidates(s, t) + " candidates = " + number(t.sent()) + " sent + " + number(t.failed())
                + " failed + " + number(t.excluded()) + " excluded" + (t.pending() > 0 ? " + " + number(t.pending()) + " pending" : "");
        return new Progress(s.running(), state(s), stateClass(s), candidates(s, t), number(t.sent()), number(t.failed()),
                number(t.excluded()), number(t.pending()), number(t.retrying()), percent,
                rate(rate), eta, invariant, t.balanced(),
                s.lastError() == null ? "" : s.lastError());
    }

    String startedBy(Send s) {
        return s.startedBy() == null ? "the schedule" : staff.user(s.startedBy()).map(StaffUser::name).orElse("a former colleague");
    }

    String when(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH)
                .withZone(publication.timeZone()).format(at);
    }

    /** A done send's totals as stored when it ended; anything else's counted now. */
    private Totals totals(Send s) {
        if (s.state() == SendState.DONE && s.candidates() != null) {
            return new Totals(s.candidates(), s.sent(), s.failed(), s.excluded(), 0, 0);
        }
        return deliveries.totals(s.id());
    }

    /** The untried candidates at the recent rate; those waiting for a retry wait for their time, not for the rate. */
    private static String eta(Send s, Totals t, double rate) {
        int untried = t.pending() - t.retrying();
        if (!s.running() || t.pending() == 0) {
            return "";
        }
        if (untried == 0) {
            return "waiting for " + number(t.retrying()) + (t.retrying() == 1 ? " retry" : " retries");
        }
        return rate > 0 ? "about " + duration(Duration.ofSeconds(Math.round(untried / rate))) : "—";
    }

    private static String rate(double perSecond) {
        if (perSecond == 0) {
            return "—";
        }
        return perSecond >= 10 ? String.format(Locale.ENGLISH, "%,.0f a second", perSecond)
                : perSecond >= 1 ? String.format(Locale.ENGLISH, "%.1f a second", perSecond)
                : String.format(Locale.ENGLISH, "%.0f a minute", Math.max(1, perSecond * 60));
    }

    /** Lately while running (the last minute), over the whole send once ended. */
    private double rate(Send s, Totals t) {
        if (s.running()) {
            return reports.sentSince(s.id(), clock.instant().minus(RATE_WINDOW)) / (double) RATE_WINDOW.toSeconds();
        }
        Instant end = s.finishedAt() == null ? s.lastErrorAt() : s.finishedAt();
        long seconds = end == null ? 0 : Duration.between(s.startedAt(), end).toSeconds();
        return seconds <= 0 ? t.sent() : t.sent() / (double) seconds;
    }

    private static String candidates(Send s, Totals t) {
        return number(t.candidates()) + (s.state() == SendState.PREPARING ? " so far" : "");
    }

    static String state(Send s) {
        return switch (s.state()) {
            case PREPARING -> "Preparing";
            case SENDING -> s.lastError() == null ? "Sending" : "Waiting for the mail server";
            case DONE -> "Sent";
            case FAILED -> "Stopped";
        };
    }

    private static String stateClass(Send s) {
        return switch (s.state()) {
            case DONE -> "ok";
            case FAILED -> "bad";
            case PREPARING, SENDING -> s.lastError() == null ? "info" : "warn";
        };
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 90 ? minutes + " min" : String.format(Locale.ENGLISH, "%.1f h", minutes / 60.0);
    }
}
