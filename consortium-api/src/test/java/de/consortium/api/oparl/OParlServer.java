package de.consortium.api.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A council's OParl 1.1 system for tests: it serves the documents it is given (with {@code {base}} standing for its
 * own address), filters paged lists by {@code modified_since} as the specification says, and can answer slowly or
 * with what is not JSON.
 */
final class OParlServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    OParlServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves the document at the path (and the query, for a list's later pages). */
    OParlServer serve(String pathAndQuery, String document) {
        documents.put(pathAndQuery, document);
        return this;
    }

    OParlServer slow(String path, long millis) {
        delays.put(path, millis);
        return this;
    }

    List<String> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(path + (query == null ? "" : "?" + query));
        try {
            Thread.sleep(delays.getOrDefault(path, 0L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String since = query == null ? null : queryParameter(query, "modified_since");
        String pageQuery = query == null ? null : query.replaceAll("&?modified_since=[^&]*", "");
        String document = documents.get(pageQuery == null || pageQuery.isEmpty() ? path : path + "?" + pageQuery);
        if (document == null) {
            send(exchange, 404, "{\"error\": \"not found\"}");
            return;
        }
        String body = document.replace("{base}", base());
        send(exchange, 200, since == null ? body : changedSince(body, since));
    }

    /** The list's objects changed after the instant; its next page keeps the filter, as OParl asks. */
    private static String changedSince(String body, String since) throws IOException {
        JsonNode list = JSON.readTree(body);
        if (!list.path("data").isArray()) {
            return body;
        }
        ArrayNode changed = JSON.createArrayNode();
        list.path("data").forEach(object -> {
            if (OffsetDateTime.parse(object.path("modified").asText()).isAfter(OffsetDateTime.parse(since))) {
                changed.add(object);
            }
        });
        ((ObjectNode) list).set("data", changed);
        JsonNode next = list.path("links").path("next");
        if (next.isTextual()) {
            ((ObjectNode) list.path("links")).put("next", next.asText() + (next.asText().contains("?") ? "&" : "?")
                    + "modified_since=" + since);
        }
        return JSON.writeValueAsString(list);
    }

    private static String queryParameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
