package org.masthead.mail;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class MailOutboxH2Tests extends MailOutboxContract {
}
