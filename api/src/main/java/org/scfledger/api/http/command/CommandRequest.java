package org.scfledger.api.http.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.security.Caller;
import org.springframework.http.ResponseEntity;

/**
 * A write request as a controller sees it: who calls, the JSON body, and the Idempotency-Key if one was sent. A
 * controller says which command the body is and how to answer; binding, sending and retries are the same for all.
 */
public final class CommandRequest {

    private final CommandDesk desk;
    private final Caller caller;
    private final ObjectNode body;
    private final @Nullable String idempotencyKey;
    private final byte[] requestHash;
    private final String path;

    CommandRequest(CommandDesk desk, Caller caller, ObjectNode body, @Nullable String idempotencyKey, byte[] requestHash,
            String path) {
        this.desk = desk;
        this.caller = caller;
        this.body = body;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.path = path;
    }

    public Caller caller() {
        return caller;
    }

    /** Binds the body (with {@code fromPath}) to a {@code type} command, sends it once, answers with {@code answer}. */
    public <C> ResponseEntity<?> send(Class<C> type, Map<String, ?> fromPath, BiFunction<C, @Nullable Object, ResponseEntity<?>> answer) {
        return desk.once(caller, idempotencyKey, requestHash, path, () -> {
            C command = desk.bind(body, type, caller, fromPath);
            return answer.apply(command, desk.send(command, fromPath.keySet()));
        });
    }

    /** Reads the body as {@code type} and runs an action that is not a command (issuing a key), once per key. */
    public <B> ResponseEntity<?> run(Class<B> type, Function<B, ResponseEntity<?>> action) {
        return desk.once(caller, idempotencyKey, requestHash, path, () -> action.apply(desk.read(body, type)));
    }

    /** Runs an action without a body, once per key. */
    public ResponseEntity<?> run(Supplier<ResponseEntity<?>> action) {
        return desk.once(caller, idempotencyKey, requestHash, path, action);
    }
}
