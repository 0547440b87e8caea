package org.masthead.content;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class TaxonomyAdminApiPostgresTests extends TaxonomyAdminApiContract {
}
