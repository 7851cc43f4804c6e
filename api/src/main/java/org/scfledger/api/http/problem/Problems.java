package org.scfledger.api.http.problem;

import java.net.URI;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
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
