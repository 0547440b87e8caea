package org.masthead.newsletter;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class DigestsPostgresTests extends DigestsContract {
}
