package org.scfledger.core.financing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of a {@link RequestDrawdown}: requested (principal reserved, awaiting the funder's decision), or
 * refused by a rule and recorded as such, with the rule's stable code and its message. Either way the financing
 * exists in the journal.
 */
public record DrawdownRequestOutcome(FinancingId financingId, @Nullable String refusalCode, List<String> reasons) {

    public DrawdownRequestOutcome {
        reasons = List.copyOf(reasons);
    }

    public static DrawdownRequestOutcome requested(FinancingId financingId) {
        return new DrawdownRequestOutcome(financingId, null, List.of());
    }

    public static DrawdownRequestOutcome refused(FinancingId financingId, String code, List<String> reasons) {
        return new DrawdownRequestOutcome(financingId, code, reasons);
    }

    public boolean isRefused() {
        return refusalCode != null;
    }
}
