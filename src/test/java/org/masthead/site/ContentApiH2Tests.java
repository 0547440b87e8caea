package org.masthead.site;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class ContentApiH2Tests extends ContentApiContract {
}
