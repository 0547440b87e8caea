package org.masthead.newsletter;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class SendsH2Tests extends SendsContract {
}
