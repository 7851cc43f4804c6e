package org.scfledger.api.http.v1;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Where each resource lives; ids are path-encoded (a receivable's part "RCV:R-1/2" is RCV:R-1%2F2). */
final class Links {

    static final String BASE = "/api/v1";

    private Links() {
    }

    static String to(String collection, String id) {
        return BASE + "/" + collection + "/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    static String memberLine(String programId, String member) {
        return to("programs", programId) + "/members/" + UriUtils.encodePathSegment(member, StandardCharsets.UTF_8);
    }
}
