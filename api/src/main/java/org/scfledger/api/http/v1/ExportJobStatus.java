package org.scfledger.api.http.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.audit.ExportJob;

/**
 * An export job as an auditor follows it: {@code records} of {@code totalRecords} written, and once done the file's
 * size and where to download it; why, if it failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An export job: its state, its progress, and its file once done.")
record ExportJobStatus(
        String id,
        @Schema(description = "what it writes: the whole journal (journal) or one scope's slice of it (slice), up to a checkpoint", example = "journal") String kind,
        @Schema(description = "a slice's scope; absent for the whole journal", example = "program P-2026") @Nullable String scope,
        @Schema(allowableValues = {"queued", "running", "done", "failed"}) String state,
        long records,
        long totalRecords,
        @Schema(description = "whole percent of the records written; 100 once done") int percent,
        @Schema(description = "the signed checkpoint the export ends at") long finalCheckpoint,
        @Schema(description = "the file's size, once done") @Nullable Long bytes,
        @Schema(description = "why it failed") @Nullable String error,
        Instant requestedAt,
        @Nullable Instant finishedAt,
        @Schema(example = "/api/v1/audit/exports/0b6f1f5e-8c1a-4c53-9a55-2f0c8b0f7d21") String href,
        @Schema(description = "where to download it, once done") @Nullable String file) {

    static ExportJobStatus of(ExportJob job) {
        String href = Links.to("audit/exports", job.id());
        return new ExportJobStatus(job.id(), job.kind(), job.scope(), state(job), job.records(), job.totalRecords(), job.percent(),
                job.finalCheckpoint(), job.bytes(), job.error(), job.requestedAt(), job.finishedAt(), href,
                job.state() == ExportJob.State.DONE ? href + "/file" : null);
    }

    static String state(ExportJob job) {
        return job.state().name().toLowerCase(Locale.ROOT);
    }
}
