package jp.office050.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The provider's order system, as far as the tests need it: JSON over HTTP with a bearer token, no cookies. */
final class ApiClient {

    /** provision + read. */
    static final String ORDERS = "it-token-orders-4f1c9a7e2b6d8053a1e9c4b7d2f0a6e8";
    /** provision + read, another name. */
    static final String ORDERS2 = "it-token-orders2-9b2e7c4a1f0d6e3b8a5c2f9e7d4b1a06";
    /** read only. */
    static final String READER = "it-token-reader-2d7f4b9e1c6a3f8e5b0d7c4a9e2f6b13";
    /** unlock + read. */
    static final String DESK = "it-token-desk-7a3e9c1f5b8d2e6a4c0f9b7e3d1a5c82";
    /** metrics only: the monitoring system's. */
    static final String MONITOR = "it-token-monitor-5c8e1a7f3b9d2c6e4a0f8b1d7e3c9a25";
    /** routing only: the SIP proxy's. */
    static final String SWITCH = "it-token-switch-8d2b6f0a4e9c1d7b3f5a8e2c6d0b4f97";

    record Answer(int status, Map<String, java.util.List<String>> headers, String body) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + status + " " + body));
        }

        /** The reasons given for one field, joined. */
        String reasonFor(String field) {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> field.equals(e.getString("field", null)))
                    .map(e -> e.getString("reason"))
                    .findFirst()
                    .orElse("");
        }
    }

    private final URI api;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    ApiClient(URI base, String token) {
        this.api = base.resolve("api/v1/");
        this.token = token;
    }

    Answer get(String path) {
        return send("GET", path, null, Map.of());
    }

    Answer post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    Answer post(String path, String json, Map<String, String> headers) {
        return send("POST", path, json, headers);
    }

    /** A body of raw bytes (to send what no UTF-8 string is). */
    Answer sendBytes(String method, String path, byte[] body, String contentType) {
        var request = HttpRequest.newBuilder(api.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token);
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer send(String method, String path, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(api.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
