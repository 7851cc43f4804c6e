package org.scfledger.core.journal.export;

import org.jspecify.annotations.Nullable;

/** The verdict on an export: either what it proves, or where it first fails and why. Exactly one is present. */
public record VerificationResult(@Nullable VerifiedExport verified, @Nullable VerificationFailure failure) {

    public VerificationResult {
        if ((verified == null) == (failure == null)) {
            throw new IllegalArgumentException("a verdict is either verified or failed");
        }
    }

    public static VerificationResult ok(VerifiedExport verified) {
        return new VerificationResult(verified, null);
    }

    public static VerificationResult failed(VerificationFailure failure) {
        return new VerificationResult(null, failure);
    }

    public boolean ok() {
        return failure == null;
    }
}
