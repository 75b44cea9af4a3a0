package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Readiness over HTTP, as the run command and an orchestrator see it. */
@IntegrationTest
@RunAsClient
class ReadinessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void readyWithTheDatabaseCheckUpAndMigrated() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(WebTests.BASE_URL + "health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        String body = response.body().replaceAll("\\s", "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body).startsWith("{\"status\":\"UP\"")
                .contains("\"name\":\"database\",\"status\":\"UP\"")
                .contains("\"migrated\":\"true\"");
    }

    @Test
    void theLoginPageIsServedAtTheRoot() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(WebTests.BASE_URL)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"chamber-code\"", "id=\"user-id\"", "id=\"password\"",
                "id=\"sign-in\"");
    }
}
