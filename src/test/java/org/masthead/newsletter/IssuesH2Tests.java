package org.masthead.newsletter;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class IssuesH2Tests extends IssuesContract {
}
