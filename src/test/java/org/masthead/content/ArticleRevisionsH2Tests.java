package org.masthead.content;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class ArticleRevisionsH2Tests extends ArticleRevisionsContract {
}
