package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to a write: the id of what it concerns and where to read it. */
@Schema(description = "What a write recorded: the id it concerns and the resource to read it from.")
public record Recorded(@Schema(example = "F-2026-0001") String id, @Schema(example = "/api/v1/financings/F-2026-0001") String href) {

    static ResponseEntity<Recorded> created(String id, String href) {
        return ResponseEntity.created(URI.create(href)).body(new Recorded(id, href));
    }

    static ResponseEntity<Recorded> done(String id, String href) {
        return ResponseEntity.status(HttpStatus.OK).body(new Recorded(id, href));
    }
}
