package org.scfledger.api.http.problem;

import java.io.IOException;
import org.springframework.http.HttpStatus;

/** Reading a request body went past the limit; an I/O failure, so that it surfaces through any reader. */
public final class BodyTooLarge extends IOException {

    private final long limit;

    public BodyTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    ApiProblem problem() {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "the request body is larger than the "
                + limit + " bytes a request may have", null);
    }
}
