package org.masthead.paywall;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class MetersPostgresTests extends MetersContract {
}
