package org.scfledger.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Real HTTP to the server under test, as a client would send it: raw bodies, an API key, an Idempotency-Key. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public Answer get(String path, @Nullable String key) {
        return send(request(path, key).GET(), key);
    }

    public Answer post(String path, @Nullable String key, String body) {
        return post(path, key, body, null);
    }

    public Answer post(String path, @Nullable String key, String body, @Nullable String idempotencyKey) {
        var request = request(path, key).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, key);
    }

    public Answer put(String path, @Nullable String key, String body) {
        return send(request(path, key).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), key);
    }

    public Answer delete(String path, @Nullable String key) {
        return send(request(path, key).DELETE(), key);
    }

    public Answer send(HttpRequest.Builder request, @Nullable String key) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.headers().firstValue("Idempotent-Replayed").isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response's bytes as sent, with all its headers: for files. */
    public HttpResponse<byte[]> download(String path, @Nullable String key) {
        try {
            return http.send(request(path, key).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, @Nullable String key) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return request;
    }

    /** A response: status, body, and the headers tests look at. */
    public record Answer(int status, String body, String contentType, @Nullable String location, boolean replayed) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
