package org.masthead.media;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class MediaLibraryH2Tests extends MediaLibraryContract {
}
