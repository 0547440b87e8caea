package org.masthead.site;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class SitemapPostgresTests extends SitemapContract {
}
