package de.consortium.api;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain JSON over HTTP against the running server, as a client would send it, signed in as one of the demo users
 * of application.yml (password: the user name and "-demo"); {@code null} sends no credentials.
 */
public record HttpClient(TestRestTemplate rest, String user) {

    /** Reads as the auditor, who may read everything and change nothing. */
    public HttpClient(TestRestTemplate rest) {
        this(rest, "auditor");
    }

    public HttpClient as(String otherUser) {
        return new HttpClient(rest, otherUser);
    }

    public ResponseEntity<String> post(String path, String json) {
        return post(path, json, new HttpHeaders());
    }

    public ResponseEntity<String> post(String path, String json, HttpHeaders headers) {
        HttpHeaders all = credentials();
        all.addAll(headers);
        all.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, all), String.class);
    }

    /** Posts and asserts the command was accepted (201 or 202). */
    public DocumentContext command(String path, String json) {
        ResponseEntity<String> response = post(path, json, acceptingJson());
        assertThat(response.getStatusCode().value()).as(user + " " + path + ": " + response.getBody()).isIn(201, 202);
        return JsonPath.parse(response.getBody());
    }

    public ResponseEntity<String> get(String path) {
        return get(path, new HttpHeaders());
    }

    public ResponseEntity<String> get(String path, HttpHeaders headers) {
        HttpHeaders all = credentials();
        all.addAll(headers);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(all), String.class);
    }

    public ResponseEntity<String> delete(String path) {
        return rest.exchange(path, HttpMethod.DELETE, new HttpEntity<>(credentials()), String.class);
    }

    public DocumentContext read(String path) {
        ResponseEntity<String> response = get(path, acceptingJson());
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JsonPath.parse(response.getBody());
    }

    /**
     * Asks for JSON, as clients do: a test's server also has the test classpath's XML converter, and answers a client
     * that accepts anything with XML.
     */
    private static HttpHeaders acceptingJson() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }

    private HttpHeaders credentials() {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, user + "-demo");
        }
        return headers;
    }
}
