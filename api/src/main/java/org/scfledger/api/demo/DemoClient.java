package org.scfledger.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The demo's HTTP client: loopback calls to the server's own API, as any client would make them. Every write carries
 * an Idempotency-Key, so that a second load is answered from the first one's answers and writes nothing.
 */
final class DemoClient {

    private static final Duration READ_WAIT = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private int recorded;
    private int replayed;

    DemoClient(String base) {
        this.base = base;
    }

    /** A POST or PUT that must answer one of {@code expected}; the answer's JSON. */
    JsonNode write(String method, String path, String key, Object body, @Nullable String idempotencyKey, int... expected) {
        var request = request(path, key).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(text(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        var response = send(request);
        if (Arrays.stream(expected).noneMatch(status -> status == response.statusCode())) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        if (idempotencyKey == null) {
            return parse(response.body());
        }
        if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
            replayed++;
        } else {
            recorded++;
        }
        return parse(response.body());
    }

    /** A GET that must answer 200. */
    JsonNode read(String path, String key) {
        var response = send(request(path, key).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    /** A GET's answer, or null if there is none (404). */
    @Nullable JsonNode find(String path, String key) {
        var response = send(request(path, key).GET());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    /** Reads until the answer satisfies {@code until}: the read models follow the journal a few milliseconds behind. */
    JsonNode await(String path, String key, Predicate<JsonNode> until) {
        long deadline = System.nanoTime() + READ_WAIT.toNanos();
        while (true) {
            JsonNode answer = find(path, key);
            if (answer != null && until.test(answer)) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GET " + path + " did not show what was written within " + READ_WAIT.toSeconds()
                        + " s: " + answer);
            }
            pause();
        }
    }

    /** Ledger writes (those with an Idempotency-Key) that were recorded now, and those answered from an earlier load. */
    int recorded() {
        return recorded;
    }

    int replayed() {
        return replayed;
    }

    private HttpRequest.Builder request(String path, String key) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + key);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo", e);
        }
    }

    private String text(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo", e);
        }
    }
}
