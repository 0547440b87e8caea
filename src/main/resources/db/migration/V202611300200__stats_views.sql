-- Page views per article per UTC hour, added to by every node's flush. Nothing about the reader is stored:
-- no address, no user agent, no id, only how many views an article had in an hour.
-- No foreign key to content_article: stats owns only its own tables, and a deleted article's counts
-- simply age out with the retention (masthead.stats.retention).
CREATE TABLE stats_article_hour (
    article_id  BIGINT                   NOT NULL,
    hour_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    views       BIGINT                   NOT NULL,
    PRIMARY KEY (article_id, hour_start)
);
-- "Most read" and site-wide totals read a range of hours; pruning deletes the oldest.
CREATE INDEX stats_article_hour_hour_ix ON stats_article_hour (hour_start);
