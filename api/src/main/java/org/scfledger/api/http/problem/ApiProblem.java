package org.scfledger.api.http.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A refusal decided in the API itself (bad input, identity, visibility), answered as a problem. Nothing was written. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final @Nullable String field;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String code, String detail, @Nullable String field) {
        super(detail);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ApiProblem badRequest(String code, String detail, @Nullable String field) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, detail, field);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", detail, null);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", detail, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public @Nullable String field() {
        return field;
    }

    /** A further member of the problem, beside code and field (e.g. the journal position a verification failed at). */
    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
