package org.masthead.mail;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class MailOutboxPostgresTests extends MailOutboxContract {
}
