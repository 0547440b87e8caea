package org.masthead.platform;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class PublicationSettingsPostgresTests extends PublicationSettingsContract {
}
