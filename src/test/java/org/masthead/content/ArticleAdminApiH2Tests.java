package org.masthead.content;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class ArticleAdminApiH2Tests extends ArticleAdminApiContract {
}
