package org.masthead.staff;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class ApiKeysPostgresTests extends ApiKeysContract {
}
