package org.masthead.paywall;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class MetersH2Tests extends MetersContract {
}
