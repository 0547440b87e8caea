package org.masthead.content;

import org.masthead.PostgresIntegrationTest;

@PostgresIntegrationTest
class ArticleWorkflowPostgresTests extends ArticleWorkflowContract {
}
