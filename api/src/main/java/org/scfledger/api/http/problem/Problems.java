package org.scfledger.api.http.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** How every problem is shaped: the type from a stable code, the code itself, and the field at fault. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:scf-ledger:problem:";

    /** The journal's identifiers in the write side's messages ("party:supplier-1"), to be named as the API names them. */
    private static final Pattern JOURNAL_ID_PREFIX = Pattern.compile("\\b(party|program|financing):|\\bCOL:");

    private Problems() {
    }

    /** A write-side message with ids as the API names them: "member party:supplier-1" reads "member supplier-1". */
    public static String plainIds(String message) {
        return JOURNAL_ID_PREFIX.matcher(message).replaceAll("");
    }

    /** Writes a problem straight to a response, for the filters that answer before Spring MVC does. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail, @Nullable String field) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
