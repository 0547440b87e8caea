-- Stories a reader saved to read later, newest first on the account page.
CREATE TABLE members_saved (
    member_id   BIGINT NOT NULL REFERENCES members_member (id) ON DELETE CASCADE,
    article_id  BIGINT NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, article_id)
);
CREATE INDEX members_saved_newest_ix ON members_saved (member_id, saved_at);
