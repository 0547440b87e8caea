package org.masthead.newsletter;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class NewsletterBasePostgresTests extends NewsletterBaseContract {
}
