package org.masthead.media;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class MediaAdminApiH2Tests extends MediaAdminApiContract {
}
