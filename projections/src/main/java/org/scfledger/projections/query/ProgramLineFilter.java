package org.scfledger.projections.query;

import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.PartyId;

/** Which programs to list; null fields do not filter. */
public record ProgramLineFilter(@Nullable PartyId coreEnterprise, @Nullable PartyId funder, @Nullable Boolean expired) {

    public static ProgramLineFilter all() {
        return new ProgramLineFilter(null, null, null);
    }
}
