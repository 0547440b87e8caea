-- Who created an article and who changed it last: staff user ids as plain numbers (content knows nothing of
-- staff, so no foreign key). Null for articles from the Admin API, imports and the demo newsroom.
ALTER TABLE content_article ADD COLUMN created_by BIGINT;
ALTER TABLE content_article ADD COLUMN modified_by BIGINT;
CREATE INDEX content_article_created_by_ix ON content_article (created_by);
