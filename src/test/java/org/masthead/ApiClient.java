package org.masthead;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A JSON API client for tests over real HTTP, sending {@code Authorization: Bearer <key>} when it has a key. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a client notices: status, headers and the body (parsed when it is JSON). */
    public record Answer(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        /** The fields a problem detail names, e.g. "headline, version". */
        public String fields() {
            StringBuilder out = new StringBuilder();
            json().path("errors").forEach(e -> out.append(out.isEmpty() ? "" : ", ").append(e.path("field").asString()));
            return out.toString();
        }
    }

    private final Http http;
    private final String key;

    public ApiClient(int port, String key) {
        this.http = new Http(port);
        this.key = key;
    }

    public Answer get(String path) {
        return send("GET", path, null, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public Answer put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Answer send(String method, String path, String contentType, String body) {
        return new Answer(http.send(method, path, contentType, body, auth()));
    }

    /** A multipart/form-data POST with one file part and text fields given as name, value pairs. */
    public Answer upload(String path, String filename, String fileType, byte[] file, String... fields) {
        List<Multipart.Part> parts = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parts.add(Multipart.Part.text(fields[i], fields[i + 1]));
        }
        parts.add(Multipart.Part.file("file", filename, fileType, file));
        Multipart body = Multipart.of(parts);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return new Answer(http.send(b.build()));
    }

    private String[] auth() {
        return key == null ? new String[0] : new String[] {"Authorization", "Bearer " + key};
    }
}
