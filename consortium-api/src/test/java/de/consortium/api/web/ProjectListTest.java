package de.consortium.api.web;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The projects come a page at a time, by project id; the Link header names the next page. */
class ProjectListTest extends ApiTest {

    @Test
    void projectsArePagedByIdAndTheLinkLeadsToTheNextPage() {
        for (String project : List.of("PAGE-C", "PAGE-A", "PAGE-B")) {
            http.as("lead").command("/api/projects", CutRequests.REGISTER.formatted(project));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.as("auditor")
                .read("/api/projects?after=PAGE-&limit=3").read("$[*].projectId", List.class))
                .containsExactly("PAGE-A", "PAGE-B", "PAGE-C"));

        ResponseEntity<String> first = http.as("auditor").get("/api/projects?after=PAGE-&limit=2");
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(com.jayway.jsonpath.JsonPath.parse(first.getBody()).read("$[*].projectId", List.class))
                .containsExactly("PAGE-A", "PAGE-B");
        assertThat(first.getHeaders().getFirst(HttpHeaders.LINK))
                .isEqualTo("</api/projects?limit=2&after=PAGE-B>; rel=\"next\"");
        assertThat(http.as("auditor").read("/api/projects?after=PAGE-B&limit=2").read("$[0].projectId", String.class))
                .isEqualTo("PAGE-C");

        // the last page has no next one
        List<String> all = http.as("auditor").read("/api/projects?limit=1000").read("$[*].projectId", List.class);
        ResponseEntity<String> last = http.as("auditor").get("/api/projects?after=" + all.get(all.size() - 2)
                + "&limit=1");
        assertThat(com.jayway.jsonpath.JsonPath.parse(last.getBody()).read("$[*].projectId", List.class))
                .containsExactly(all.get(all.size() - 1));
        assertThat(last.getHeaders().containsKey(HttpHeaders.LINK)).isFalse();
        assertThat(all).isSorted().contains("PAGE-A", "PAGE-B", "PAGE-C");
    }

    @Test
    void aPageOutOfBoundsIsRefusedWithAProblem() {
        for (String query : List.of("limit=0", "limit=1001", "limit=ten", "after=not%20an%20id")) {
            ResponseEntity<String> refused = http.as("auditor").get("/api/projects?" + query);
            assertThat(refused.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType()).as(query).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }
}
