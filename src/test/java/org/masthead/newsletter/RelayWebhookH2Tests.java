package org.masthead.newsletter;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class RelayWebhookH2Tests extends RelayWebhookContract {
}
