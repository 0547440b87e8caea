package org.masthead.webhooks;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class WebhooksH2Tests extends WebhooksContract {
}
