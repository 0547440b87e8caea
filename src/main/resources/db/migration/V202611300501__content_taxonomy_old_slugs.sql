-- Slugs sections, tags and authors had before a rename; the site answers their old addresses with a 301.
-- kind is SECTION, TAG or AUTHOR; rows go with their target when it is deleted (content.TaxonomyService).
CREATE TABLE content_taxonomy_old_slug (
    kind       VARCHAR(10) NOT NULL,
    slug       VARCHAR(80) NOT NULL,
    target_id  BIGINT      NOT NULL,
    PRIMARY KEY (kind, slug)
);
