package org.masthead.webhooks;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class WebhooksPostgresTests extends WebhooksContract {
}
