package org.masthead.mail;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class MailDeliveryH2Tests extends MailDeliveryContract {
}
