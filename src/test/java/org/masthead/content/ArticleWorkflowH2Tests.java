package org.masthead.content;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class ArticleWorkflowH2Tests extends ArticleWorkflowContract {
}
