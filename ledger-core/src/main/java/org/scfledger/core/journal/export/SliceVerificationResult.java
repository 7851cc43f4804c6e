package org.scfledger.core.journal.export;

import org.jspecify.annotations.Nullable;

/** The verdict on a slice: either what it proves, or where it first fails and why. Exactly one is present. */
public record SliceVerificationResult(@Nullable VerifiedSlice verified, @Nullable VerificationFailure failure) {

    public SliceVerificationResult {
        if ((verified == null) == (failure == null)) {
            throw new IllegalArgumentException("a verdict is either verified or failed");
        }
    }

    public static SliceVerificationResult ok(VerifiedSlice verified) {
        return new SliceVerificationResult(verified, null);
    }

    public static SliceVerificationResult failed(VerificationFailure failure) {
        return new SliceVerificationResult(null, failure);
    }

    public boolean ok() {
        return failure == null;
    }
}
