-- Staff sign-in failures are counted by platform.Throttle now (space "staff-sign-in"); the old counters were
-- only ever read for the last hour, so nothing worth keeping goes with this table.
DROP TABLE staff_sign_in_failure;
