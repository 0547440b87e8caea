package org.masthead.media;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class MediaLibraryPostgresTests extends MediaLibraryContract {
}
