package org.scfledger.api.http.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.http.problem.ProblemAdvice;
import org.scfledger.api.http.problem.ProblemMapper;
import org.scfledger.api.security.Caller;
import org.scfledger.core.rules.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Where write requests are served: binds a body to its command, sends it, and makes sure that requests sharing an
 * Idempotency-Key have one effect and one answer.
 */
public final class CommandDesk {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(60);
    private static final long COMMAND_TIMEOUT_SECONDS = 30;
    /** Each request record's field names, looked up once per type rather than per request. */
    private static final ClassValue<List<String>> FIELDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
        }
    };
    private static final Set<String> ASSET_IDS = Set.of("collateralId", "invoiceId", "orderId", "receivableId");

    private final ObjectMapper json;
    private final CommandGateway commands;
    private final IdempotencyStore answers;
    private final ProblemMapper problems;
    private final Clock clock;

    CommandDesk(ObjectMapper json, CommandGateway commands, IdempotencyStore answers, ProblemMapper problems, Clock clock) {
        this.json = json;
        this.commands = commands;
        this.answers = answers;
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * The command a body asks for. The acting party is the caller's, always: a body that names one is refused. Ids
     * from the path are filled in; a body may repeat them, but only with the same value.
     */
    <C> C bind(ObjectNode body, Class<C> type, Caller caller, Map<String, ?> fromPath) {
        if (body.has("actingParty")) {
            throw ApiProblem.badRequest("acting-party-not-accepted", "actingParty is not part of a request: the ledger records"
                    + " the party the API key acts for", "actingParty");
        }
        ObjectNode command = body.deepCopy();
        fromPath.forEach((field, value) -> {
            JsonNode fromUrl = json.valueToTree(value);
            JsonNode given = command.get(field);
            if (given != null && !given.equals(fromUrl)) {
                throw ApiProblem.badRequest("path-mismatch", field + " is " + fromUrl + " in the path but " + given + " in the body",
                        field);
            }
            command.set(field, fromUrl);
        });
        refuseUnknownFields(command, type);
        if (FIELDS.get(type).contains("actingParty")) {
            command.set("actingParty", TextNode.valueOf(caller.party().value()));
        }
        try {
            return json.treeToValue(command, type);
        } catch (JsonProcessingException invalid) {
            throw new UncheckedIOException(invalid);
        }
    }

    /**
     * A field the request type does not have is refused by name before anything else: otherwise a misspelt field
     * ("busnessDate") would surface as the missing one ("businessDate is required").
     */
    private static void refuseUnknownFields(ObjectNode body, Class<?> type) {
        if (!type.isRecord()) {
            return;
        }
        var fields = FIELDS.get(type);
        body.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                var known = fields.stream().filter(field -> !field.equals("actingParty")).sorted().toList();
                throw ApiProblem.badRequest("unknown-field", "'" + name + "' is not a field of this request (known: "
                        + String.join(", ", known) + ")", name);
            }
        });
    }

    /** Sends the command and waits for the write side's answer (the new id, an outcome, or nothing). */
    @Nullable Object send(Object command) {
        return commands.sendAndWait(command, COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * As {@link #send(Object)}; when the write side finds nothing under an id the path gave ({@code financing-not-found}
     * for {@code financingId}), the resource asked for does not exist: 404, as for a read.
     */
    @Nullable Object send(Object command, Set<String> fromPath) {
        try {
            return send(command);
        } catch (RuntimeException failure) {
            Throwable cause = failure instanceof CommandExecutionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof RuleViolation violation && fromPath.stream().anyMatch(field -> namesNothing(violation.code(), field))) {
                throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", violation.getMessage(), null);
            }
            throw failure;
        }
    }

    /** Whether a refusal says that the id in {@code field} names nothing (an asset's id, for the write side, is an asset's). */
    private static boolean namesNothing(String code, String field) {
        return code.equals(field.replaceFirst("Id$", "") + "-not-found")
                || (code.equals("asset-not-found") && ASSET_IDS.contains(field));
    }

    <T> T read(ObjectNode body, Class<T> type) {
        refuseUnknownFields(body, type);
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException invalid) {
            throw new UncheckedIOException(invalid);
        }
    }

    /** Runs the action once per Idempotency-Key; without a key, simply runs it. */
    ResponseEntity<?> once(Caller caller, @Nullable String key, byte[] requestHash, String path,
            Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return action.get();
        }
        checkKey(key);
        var deadline = clock.instant().plus(WAIT_FOR_FIRST);
        while (true) {
            if (answers.claim(caller.party(), key, requestHash)) {
                return answerFirst(caller, key, path, action);
            }
            var claimed = answers.find(caller.party(), key, requestHash);
            if (claimed.isPresent()) {
                if (!claimed.get().sameRequest()) {
                    throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "this Idempotency-Key was"
                            + " used for a different request; use a new key for a new request", IDEMPOTENCY_KEY);
                }
                if (claimed.get().answer() != null) {
                    return replay(claimed.get().answer());
                }
            }
            if (clock.instant().isAfter(deadline)) {
                throw new ApiProblem(HttpStatus.CONFLICT, "request-in-progress", "the first request with this Idempotency-Key"
                        + " is still being served; ask again later", IDEMPOTENCY_KEY);
            }
            pause();
        }
    }

    private ResponseEntity<?> answerFirst(Caller caller, String key, String path, Supplier<ResponseEntity<?>> action) {
        ResponseEntity<?> response;
        try {
            response = action.get();
        } catch (RuntimeException failure) {
            var problem = problems.map(failure);
            if (problem.getStatus() >= 500) {
                answers.release(caller.party(), key);
                throw failure;
            }
            response = ProblemAdvice.respond(problem);
        }
        if (response.getBody() instanceof ProblemDetail problem && problem.getInstance() == null) {
            // as Spring would fill it in when writing the first answer, so that the replays are the same
            problem.setInstance(URI.create(path));
        }
        try {
            answers.record(caller.party(), key, new IdempotencyStore.Answer(response.getStatusCode().value(),
                    response.getHeaders().getFirst(HttpHeaders.LOCATION), json.writeValueAsString(response.getBody())));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }

    private static ResponseEntity<String> replay(IdempotencyStore.Answer answer) {
        var response = ResponseEntity.status(answer.status()).header(REPLAYED, "true")
                .contentType(answer.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON);
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        return response.body(answer.body());
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiProblem.badRequest("invalid-idempotency-key", "an Idempotency-Key is 1 to 200 visible ASCII characters",
                    IDEMPOTENCY_KEY);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first request with the same Idempotency-Key", e);
        }
    }
}
