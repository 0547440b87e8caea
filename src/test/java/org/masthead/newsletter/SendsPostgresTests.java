package org.masthead.newsletter;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class SendsPostgresTests extends SendsContract {
}
