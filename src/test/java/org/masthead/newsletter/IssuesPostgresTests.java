package org.masthead.newsletter;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class IssuesPostgresTests extends IssuesContract {
}
