package org.masthead.platform;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class PublicationSettingsH2Tests extends PublicationSettingsContract {
}
