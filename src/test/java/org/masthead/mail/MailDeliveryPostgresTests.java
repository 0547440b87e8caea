package org.masthead.mail;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class MailDeliveryPostgresTests extends MailDeliveryContract {
}
