package org.masthead.content;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class TaxonomyAdminApiH2Tests extends TaxonomyAdminApiContract {
}
