package org.masthead.newsletter;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class RelayWebhookPostgresTests extends RelayWebhookContract {
}
