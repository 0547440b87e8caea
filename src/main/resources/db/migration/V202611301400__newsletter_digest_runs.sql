-- What each scheduled digest period of a list came to: an issue (ISSUED), or none because nothing was new in its
-- sections (SKIPPED). One row per list and period (2026-11-30, 2026-W49), written in the transaction that makes the
-- issue, so a period is decided once on any number of nodes and across restarts, and a skipped period is not tried
-- again later that day. FAILED notes why the last try could not make it; such a period is tried again.
CREATE TABLE newsletter_digest_run (
    list_id       BIGINT      NOT NULL REFERENCES newsletter_list (id),
    period_key    VARCHAR(20) NOT NULL,
    outcome       VARCHAR(20) NOT NULL,
    issue_id      BIGINT      REFERENCES newsletter_issue (id),
    articles      INT         NOT NULL,
    note          VARCHAR(300),
    covers_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    covers_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (list_id, period_key)
);
CREATE INDEX newsletter_digest_run_decided_ix ON newsletter_digest_run (decided_at);
