package org.scfledger.projections.receivable;

import java.time.LocalDate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.receivable.ReceivableId;

/** One link of a holder chain: who held which receivable (or part) from when. */
public record Holding(ReceivableId receivableId, PartyId holder, LocalDate since, HoldingOrigin origin) {

    /** How the holder came to hold it. */
    public enum HoldingOrigin { REGISTERED, SPLIT, TRANSFERRED }
}
