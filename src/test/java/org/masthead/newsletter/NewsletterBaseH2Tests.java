package org.masthead.newsletter;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class NewsletterBaseH2Tests extends NewsletterBaseContract {
}
