package org.masthead.content;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class MediaUsagePostgresTests extends MediaUsageContract {
}
