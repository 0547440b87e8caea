package org.masthead.content;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class ArticleLifecyclePostgresTests extends ArticleLifecycleContract {
}
