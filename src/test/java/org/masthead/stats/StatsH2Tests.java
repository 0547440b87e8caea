package org.masthead.stats;

import org.masthead.H2IntegrationTest;
import org.masthead.platform.SqlDialect;

@H2IntegrationTest
class StatsH2Tests extends StatsContract {

    @Override
    SqlDialect.Database database() {
        return SqlDialect.Database.H2;
    }
}
