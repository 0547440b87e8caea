package org.masthead.paywall;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class SubscriptionsH2Tests extends SubscriptionsContract {
}
