-- Signed-in readers' meters: the distinct metered articles each member read in each calendar month (yyyymm, in
-- the publication's time zone). member_id is the members module's id; no foreign key into its table.
-- Rows of months before the previous one are pruned by the job paywall-meter-prune.
CREATE TABLE paywall_meter_read (
    member_id   BIGINT NOT NULL,
    read_month  INT    NOT NULL,
    article_id  BIGINT NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT paywall_meter_read_pk PRIMARY KEY (member_id, read_month, article_id)
);
CREATE INDEX paywall_meter_read_month_ix ON paywall_meter_read (read_month);
