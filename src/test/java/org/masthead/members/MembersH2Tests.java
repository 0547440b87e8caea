package org.masthead.members;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class MembersH2Tests extends MembersContract {
}
