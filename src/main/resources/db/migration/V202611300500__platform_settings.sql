-- Publication settings edited in the browser (platform.PublicationSettings). A row overrides the configuration
-- value of the same name; lists (navigation, footer links, social profiles) are JSON arrays.
CREATE TABLE platform_setting (
    setting_key    VARCHAR(40)    NOT NULL PRIMARY KEY,
    setting_text   VARCHAR(20000) NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by    VARCHAR(120)   NOT NULL
);
