package org.masthead.content;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class TaxonomyRenamesPostgresTests extends TaxonomyRenamesContract {
}
