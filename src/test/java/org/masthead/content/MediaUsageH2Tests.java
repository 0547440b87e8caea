package org.masthead.content;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class MediaUsageH2Tests extends MediaUsageContract {
}
