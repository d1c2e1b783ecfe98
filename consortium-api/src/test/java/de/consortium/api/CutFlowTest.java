package de.consortium.api;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CUT case over REST on the embedded default. */
class CutFlowTest extends ApiTest {

    @Test
    void fromRegistrationToAPaidDisbursement() {
        new CutFlow(http, "SC20-SFQRL").fromRegistrationToAPaidDisbursement();
    }

    @Test
    void theOpenApiDocumentDescribesTheCommands() {
        DocumentContext api = http.read("/v3/api-docs");
        Map<String, Object> paths = api.read("$.paths");
        assertThat(paths).containsKeys("/api/projects", "/api/projects/{projectId}/budget",
                "/api/projects/{projectId}/partners/{partner}/request-disbursement",
                "/api/projects/{projectId}/partners/{partner}/disbursements/{requestId}/pay");
        assertThat(http.get("/swagger-ui/index.html").getStatusCode().value()).isEqualTo(200);
    }
}
