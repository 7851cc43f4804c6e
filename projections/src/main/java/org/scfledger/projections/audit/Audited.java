package org.scfledger.projections.audit;

import org.jspecify.annotations.Nullable;
import org.scfledger.core.journal.export.VerificationFailure;

/** An audit's answer, given only when the export verified up to the checkpoint the answer is anchored to. */
public record Audited<T>(@Nullable T value, @Nullable VerificationFailure failure) {

    public Audited {
        if ((value == null) == (failure == null)) {
            throw new IllegalArgumentException("an audit either answers or names the failure");
        }
    }

    static <T> Audited<T> of(T value) {
        return new Audited<>(value, null);
    }

    static <T> Audited<T> failed(VerificationFailure failure) {
        return new Audited<>(null, failure);
    }

    public boolean ok() {
        return failure == null;
    }
}
