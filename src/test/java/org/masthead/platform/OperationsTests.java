package org.masthead.platform;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Health and metrics for operators, on the management port only. */
@H2IntegrationTest
class OperationsTests {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    @Test
    void healthProbesAndPrometheusMetricsAnswerOnTheManagementPort() {
        Http management = new Http(managementPort);
        new Http(port).get("/");
        new Http(port).get("/");

        assertThat(management.get("/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(management.get("/actuator/health/readiness").body()).contains("\"UP\"");
        String metrics = management.get("/actuator/prometheus").body();
        assertThat(metrics).contains("masthead_page_cache_total{", "result=\"hit\"", "masthead_page_cache_bytes",
                "http_server_requests_seconds_count{", "hikaricp_connections");
        assertThat(metrics).as("job metrics from db-scheduler").contains("dbscheduler_task_completions_total");
    }

    @Test
    void managementEndpointsAreNotOnThePublicPort() {
        Http site = new Http(port);
        assertThat(site.get("/actuator/health").statusCode()).isEqualTo(404);
        assertThat(site.get("/actuator/prometheus").statusCode()).isEqualTo(404);
    }
}
