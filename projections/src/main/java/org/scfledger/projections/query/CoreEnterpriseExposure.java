package org.scfledger.projections.query;

import java.util.List;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.projections.creditline.ProgramLineView;

/**
 * What all funders lend against one core enterprise, across its programs: per currency, Σ program limits, Σ
 * utilised and Σ available; and each program's line.
 */
public record CoreEnterpriseExposure(PartyId coreEnterprise, List<CurrencyTotal> totals, List<ProgramLineView> programs) {

    public CoreEnterpriseExposure {
        totals = List.copyOf(totals);
        programs = List.copyOf(programs);
    }

    /** The core enterprise's programs in one currency, summed. */
    public record CurrencyTotal(String currency, int programs, int funders, Money programLimit, Money utilised,
            Money available) {
    }
}
