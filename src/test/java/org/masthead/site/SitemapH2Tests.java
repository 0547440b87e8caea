package org.masthead.site;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class SitemapH2Tests extends SitemapContract {
}
