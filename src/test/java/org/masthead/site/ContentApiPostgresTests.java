package org.masthead.site;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class ContentApiPostgresTests extends ContentApiContract {
}
