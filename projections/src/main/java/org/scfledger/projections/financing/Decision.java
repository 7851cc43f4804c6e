package org.scfledger.projections.financing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.PartyId;

/**
 * The pre-loan decision: a rule's refusal ({@code code} set, no decider), or the funder's approval or decline.
 */
public record Decision(FinancingStatus outcome, @Nullable String code, List<String> reasons,
        @Nullable PartyId decidedBy, LocalDate decidedOn) {

    public Decision {
        reasons = List.copyOf(reasons);
    }
}
