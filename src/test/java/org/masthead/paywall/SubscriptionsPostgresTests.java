package org.masthead.paywall;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class SubscriptionsPostgresTests extends SubscriptionsContract {
}
