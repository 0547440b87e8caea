package org.masthead.content;

import org.masthead.H2IntegrationTest;

@H2IntegrationTest
class ArticleLifecycleH2Tests extends ArticleLifecycleContract {
}
