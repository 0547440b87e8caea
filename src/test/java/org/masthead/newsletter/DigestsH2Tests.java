package org.masthead.newsletter;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class DigestsH2Tests extends DigestsContract {
}
