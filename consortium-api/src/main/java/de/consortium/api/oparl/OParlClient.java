package de.consortium.api.oparl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads OParl objects and paged lists from a council's system, each answer within the configured time. */
class OParlClient {

    private static final int MAX_PAGES = 10_000;

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    OParlClient(Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
    }

    /** One object; it must have an {@code id} and a {@code type}. */
    JsonNode object(String address) throws OParlUnreadable {
        JsonNode object = get(uri(address));
        if (!object.path("id").isTextual() || !object.path("type").isTextual()) {
            throw new OParlUnreadable(address + " answered an object without id or type");
        }
        return object;
    }

    /** Every object of a paged list, changed since the instant if one is given, following {@code links.next}. */
    List<JsonNode> list(String address, Instant modifiedSince) throws OParlUnreadable {
        UriComponentsBuilder first = UriComponentsBuilder.fromUri(uri(address));
        if (modifiedSince != null) {
            first.queryParam("modified_since", modifiedSince.toString());
        }
        List<JsonNode> objects = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        URI page = first.build(true).toUri();
        while (page != null) {
            if (!seen.add(page) || seen.size() > MAX_PAGES) {
                throw new OParlUnreadable("the list at " + address + " leads back to a page already read: " + page);
            }
            JsonNode answer = get(page);
            if (!answer.path("data").isArray()) {
                throw new OParlUnreadable(page + " answered a list without 'data'");
            }
            answer.path("data").forEach(objects::add);
            JsonNode next = answer.path("links").path("next");
            page = next.isTextual() ? uri(next.asText()) : null;
        }
        return objects;
    }

    private JsonNode get(URI address) throws OParlUnreadable {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(address).timeout(timeout)
                    .header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OParlUnreadable(address + " could not be read: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OParlUnreadable(address + " was not read: interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new OParlUnreadable(address + " answered " + response.statusCode());
        }
        try {
            JsonNode answer = json.readTree(response.body());
            if (answer == null || !answer.isObject()) {
                throw new OParlUnreadable(address + " answered no JSON object");
            }
            return answer;
        } catch (JsonProcessingException e) {
            throw new OParlUnreadable(address + " answered what is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static URI uri(String address) throws OParlUnreadable {
        try {
            URI uri = URI.create(address);
            if (!uri.isAbsolute()) {
                throw new OParlUnreadable("not an absolute address: " + address);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new OParlUnreadable("not an address: " + address, e);
        }
    }
}
