package org.masthead.members;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class MembersPostgresTests extends MembersContract {
}
