package org.masthead.newsletter;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class SubscribingH2Tests extends SubscribingContract {
}
