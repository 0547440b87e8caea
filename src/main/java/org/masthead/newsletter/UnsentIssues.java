package org.masthead.newsletter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stands in for sending until the sending side lands: logs the issue and starts nothing (send id 0). Removed
 * when {@code Sends} implements {@link IssueStarter}.
 */
@Component
class UnsentIssues implements IssueStarter {

    private static final Logger log = LoggerFactory.getLogger(UnsentIssues.class);

    @Override
    public long start(long issueId, Long staffId) {
        log.info("Issue {} is stored; sending is not built on this branch yet", issueId);
        return 0;
    }
}
