package de.consortium.api;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JSON over HTTP against the running server, as a client would send it. */
public record HttpClient(TestRestTemplate rest) {

    public ResponseEntity<String> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    /** Posts and asserts the command was accepted (201 or 202). */
    public DocumentContext command(String path, String json) {
        ResponseEntity<String> response = post(path, json);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(201, 202);
        return JsonPath.parse(response.getBody());
    }

    public ResponseEntity<String> get(String path) {
        return rest.getForEntity(path, String.class);
    }

    public DocumentContext read(String path) {
        ResponseEntity<String> response = get(path);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JsonPath.parse(response.getBody());
    }
}
