package org.masthead.content;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class TaxonomyRenamesH2Tests extends TaxonomyRenamesContract {
}
