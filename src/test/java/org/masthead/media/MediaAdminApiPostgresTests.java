package org.masthead.media;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class MediaAdminApiPostgresTests extends MediaAdminApiContract {
}
