-- The random key of the form an issue was composed in: "Send now" pressed twice (or a resubmitted form) finds the
-- issue the first press stored instead of sending it again. Null for digests made by the schedule.
ALTER TABLE newsletter_issue ADD COLUMN compose_key VARCHAR(40);
CREATE UNIQUE INDEX newsletter_issue_compose_key_ux ON newsletter_issue (compose_key);
