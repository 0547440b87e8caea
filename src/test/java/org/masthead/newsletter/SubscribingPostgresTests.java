package org.masthead.newsletter;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class SubscribingPostgresTests extends SubscribingContract {
}
