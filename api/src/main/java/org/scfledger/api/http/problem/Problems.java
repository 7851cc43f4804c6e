package org.scfledger.api.http.problem;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** How every problem is shaped: the type from a stable code, the code itself, and the field at fault. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:scf-ledger:problem:";

    private Problems() {
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
