package org.masthead.staff;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class ApiKeysH2Tests extends ApiKeysContract {
}
