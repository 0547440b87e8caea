-- "Where is this image used?" (content.MediaUsage) looks articles up by their lead and social image.
CREATE INDEX content_article_lead_media_ix ON content_article (lead_media_id);
CREATE INDEX content_article_social_media_ix ON content_article (social_media_id);
