package org.scfledger.api.http.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.money.CurrencyMismatchException;
import org.scfledger.core.rules.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Turns whatever refused a request into its problem. One place, used by the error handler and by idempotent replays. */
public final class ProblemMapper {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);
    private static final Pattern CURRENCY_FIELD = Pattern.compile("([a-z][A-Za-z]*) is in [A-Z]{3} ");

    public ProblemDetail map(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApiProblem problem) {
            var detail = Problems.of(problem.status(), problem.code(), problem.getMessage(), problem.field());
            problem.properties().forEach(detail::setProperty);
            return detail;
        }
        if (cause instanceof RuleViolation violation) {
            return Problems.of(RuleStatuses.of(violation.code()), violation.code(), Problems.plainIds(violation.getMessage()),
                    fieldInCurrencyMismatch(violation));
        }
        if (cause instanceof CurrencyMismatchException mismatch) {
            return Problems.of(HttpStatus.BAD_REQUEST, "currency-mismatch", mismatch.getMessage(), null);
        }
        if (cause instanceof AggregateStreamCreationException) {
            return Problems.of(HttpStatus.CONFLICT, "already-exists", "something with this id is already recorded;"
                    + " an id is used once, forever (send an Idempotency-Key to retry safely)", null);
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return Problems.of(HttpStatus.NOT_FOUND, "not-found", "there is no " + notFound.getAggregateIdentifier(), null);
        }
        if (cause instanceof ConcurrencyException) {
            return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "others changed the same records at the same moment;"
                    + " nothing was written, send the request again", null);
        }
        if (cause instanceof JsonProcessingException json) {
            return json(json);
        }
        if (cause instanceof HttpMessageNotReadableException unreadable) {
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "the request needs a JSON body", null);
        }
        if (cause instanceof IllegalArgumentException invalid) {
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-value", invalid.getMessage(), leadingWord(invalid.getMessage()));
        }
        log.error("request failed unexpectedly", failure);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "the ledger could not answer; nothing was written", null);
    }

    private static ProblemDetail json(JsonProcessingException failure) {
        if (failure instanceof JsonParseException) {
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "the body is not valid JSON: " + failure.getOriginalMessage(), null);
        }
        if (!(failure instanceof JsonMappingException mapping)) {
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", failure.getOriginalMessage(), null);
        }
        String path = path(mapping);
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return Problems.of(HttpStatus.BAD_REQUEST, "unknown-field", "'" + unknown.getPropertyName() + "' is not a field of this request"
                    + " (known: " + unknown.getKnownPropertyIds().stream().map(String::valueOf)
                    .filter(known -> !known.equals("actingParty")).sorted().collect(Collectors.joining(", "))
                    + ")", path);
        }
        if (mapping instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            // The record's own checks refused a value; their messages start with the field they name.
            String message = invalid.getCause().getMessage();
            String field = componentNamed(leadingWord(message), invalid.getType().getRawClass());
            String fullPath = field == null ? emptyToNull(path) : (path.isEmpty() ? field : path + "." + field);
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-value", message, fullPath);
        }
        if (mapping instanceof InvalidFormatException format) {
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-value", "'" + format.getValue() + "' is not a valid "
                    + format.getTargetType().getSimpleName() + " for " + path + describe(format.getTargetType()), path);
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-value", path.isEmpty()
                    ? "the body must be a JSON object"
                    : path + " must be a " + mismatch.getTargetType().getSimpleName() + describe(mismatch.getTargetType()), emptyToNull(path));
        }
        if (mapping.getCause() instanceof IllegalArgumentException invalid) {
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-value", invalid.getMessage(), emptyToNull(path));
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-value", mapping.getOriginalMessage(), emptyToNull(path));
    }

    /**
     * The amount in the wrong currency, where the write side names it: its currency checks say "{@code <field> is in
     * <currency> but ...}". Other rules name no field of the request.
     */
    private static @Nullable String fieldInCurrencyMismatch(RuleViolation violation) {
        String message = violation.getMessage();
        if (!violation.code().equals("currency-mismatch") || message == null) {
            return null;
        }
        var named = CURRENCY_FIELD.matcher(message);
        return named.lookingAt() ? named.group(1) : null;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return " (one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        }
        if (type.getName().startsWith("java.time.")) {
            return " (ISO-8601, e.g. 2026-03-31)";
        }
        return "";
    }

    private static String path(JsonMappingException mapping) {
        var path = new StringBuilder();
        for (var reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static @Nullable String leadingWord(@Nullable String message) {
        if (message == null) {
            return null;
        }
        int end = 0;
        while (end < message.length() && Character.isLetterOrDigit(message.charAt(end))) {
            end++;
        }
        return end == 0 ? null : message.substring(0, end);
    }

    private static @Nullable String componentNamed(@Nullable String word, Class<?> type) {
        if (word == null || !type.isRecord()) {
            return null;
        }
        return Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(word)) ? word : null;
    }

    private static @Nullable String emptyToNull(String path) {
        return path.isEmpty() ? null : path;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CommandExecutionException || cause instanceof HttpMessageNotReadableException
                || cause instanceof java.util.concurrent.CompletionException || cause instanceof java.io.UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof BodyTooLarge tooLarge) {
            return tooLarge.problem();
        }
        if (cause instanceof BodyTooLarge tooLarge) {
            return tooLarge.problem();
        }
        return cause;
    }
}
