package org.masthead.content;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class ArticleAdminApiPostgresTests extends ArticleAdminApiContract {
}
