package org.masthead.content;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class ArticleRevisionsPostgresTests extends ArticleRevisionsContract {
}
