package org.scfledger.api.http.problem;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Answers every failed request with its problem; Spring's own (405, 415, 404 for no route) get a stable type too. */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private final ProblemMapper problems;

    public ProblemAdvice(ProblemMapper problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception failure) {
        return respond(problems.map(failure));
    }

    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.map(failure));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException failure, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String name = failure instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : failure.getPropertyName();
        Throwable cause = failure.getMostSpecificCause();
        String detail = "'" + failure.getValue() + "' is not a valid " + name
                + (cause instanceof IllegalArgumentException && cause.getMessage() != null ? ": " + cause.getMessage() : "");
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-value", detail, name));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.BAD_REQUEST, "missing-value", failure.getParameterName() + " is required",
                        failure.getParameterName()));
    }

    /** Spring's own problems (405, 406, 415, no such route) keep their text and get a type from their status. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            String code = codeOf(status);
            problem.setType(URI.create(Problems.TYPE_PREFIX + code));
            problem.setProperty("code", code);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String codeOf(HttpStatusCode status) {
        var known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
